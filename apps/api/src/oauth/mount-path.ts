/** Where the OAuth2 / OpenID provider is mounted; known without loading the provider itself. */
export const oauthMountPath = "/oauth";

export function isOAuthPath(url: string): boolean {
  return url === oauthMountPath || url.startsWith(`${oauthMountPath}/`) || url.startsWith(`${oauthMountPath}?`);
}
