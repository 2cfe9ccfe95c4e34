/**
 * Rules of the OAuth2 / OpenID Connect provider (SPEC §11) that need no database: redirect URIs,
 * the scopes Roster knows and what each reveals, token validities, and when a consent expires.
 */

export const oauthMessages = {
  redirectUrisMissing: "Add at least one redirect URI.",
  redirectUriFormat: "Enter a full URL, such as https://app.example.com/callback.",
  redirectUriFragment: "A redirect URI may not contain a fragment (#…).",
  redirectUriScheme: "Use https://, or http:// for localhost and other development hosts; javascript: and data: are refused.",
  redirectUriDuplicate: "This redirect URI is listed twice.",
  redirectUrisTooMany: "Ensure there are no more than 20 redirect URIs.",
  validityRange: (min: string, max: string) => `Choose a validity between ${min} and ${max}.`,
  flowMissing: "This flow does not exist.",
  flowDesignation: "Choose a flow whose designation is \"authorization\".",
  clientTypeNoSecret: "This application's provider is a public client: it has no secret to rotate.",
  noProvider: "This application has no OAuth2/OpenID provider.",
  interactionExpired: "This sign-in request has expired or was already answered. Start again from the application.",
  interactionOtherUser: "This sign-in request belongs to another account. Start again from the application.",
  accessDenied: "You do not have access to this application.",
  consentRefused: "The user did not give consent.",
} as const;

export const defaultAuthorizationFlow = "default-provider-authorization-explicit-consent";
export const implicitAuthorizationFlow = "default-provider-authorization-implicit-consent";

/** Seconds. */
export const accessTokenValidityDefault = 5 * 60;
export const refreshTokenValidityDefault = 30 * 24 * 3600;
export const accessTokenValidityRange = { min: 60, max: 24 * 3600 } as const;
export const refreshTokenValidityRange = { min: 3600, max: 365 * 24 * 3600 } as const;
/** The explicit-consent flow's consent stage: consent lasts four weeks. */
export const defaultConsentExpirySeconds = 28 * 24 * 3600;

/** The scopes a client may ask for, what each one lets the application read, and the claims it releases. */
export const oauthScopes = {
  openid: { description: "Know who you are (your user id)", claims: ["sub"] },
  profile: { description: "Your name, username and groups", claims: ["name", "preferred_username", "groups"] },
  email: { description: "Your email address", claims: ["email", "email_verified"] },
  offline_access: { description: "Stay connected while you are away (refresh tokens)", claims: [] },
} as const;
export type TOAuthScope = keyof typeof oauthScopes;
export const oauthScopeNames = Object.keys(oauthScopes) as TOAuthScope[];

export function scopeDescription(scope: string): string {
  return (oauthScopes as Record<string, { description: string }>)[scope]?.description ?? scope;
}

/** Splits a space-separated scope string into its distinct scopes, in order. */
export function parseScopes(scope: string | null | undefined): string[] {
  return [...new Set((scope ?? "").split(" ").filter(Boolean))];
}

/** The scopes asked for that the user has not given before (the consent page marks them). */
export function newScopes(asked: readonly string[], given: readonly string[]): string[] {
  const known = new Set(given);
  return asked.filter((scope) => !known.has(scope));
}

/** Localhost and private development hosts may use plain http; everything else must be https. */
function mayUseHttp(hostname: string): boolean {
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "127.0.0.1" || hostname === "[::1]";
}

/**
 * A redirect URI is compared exactly, so it must be a full URL; no fragment (RFC 6749 §3.1.2);
 * https, or http on a loopback host; a custom scheme (`com.example.app:/callback`) for native apps.
 */
export function redirectUriProblem(uri: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return oauthMessages.redirectUriFormat;
  }
  if (parsed.hash || uri.includes("#")) return oauthMessages.redirectUriFragment;
  const scheme = parsed.protocol;
  if (scheme === "javascript:" || scheme === "data:" || scheme === "file:" || scheme === "vbscript:") return oauthMessages.redirectUriScheme;
  if (scheme === "http:" && !mayUseHttp(parsed.hostname)) return oauthMessages.redirectUriScheme;
  if ((scheme === "http:" || scheme === "https:") && !parsed.hostname) return oauthMessages.redirectUriFormat;
  return null;
}

/** The problems of a list of redirect URIs, keyed by index ("" for the list itself). */
export function redirectUrisProblems(uris: readonly string[]): Map<number | "", string> {
  const problems = new Map<number | "", string>();
  if (uris.length === 0) problems.set("", oauthMessages.redirectUrisMissing);
  if (uris.length > 20) problems.set("", oauthMessages.redirectUrisTooMany);
  const seen = new Set<string>();
  uris.forEach((uri, index) => {
    const problem = redirectUriProblem(uri) ?? (seen.has(uri) ? oauthMessages.redirectUriDuplicate : null);
    if (problem) problems.set(index, problem);
    seen.add(uri);
  });
  return problems;
}

export const consentModes = ["always_require", "permanent", "expiring"] as const;
export type TConsentMode = (typeof consentModes)[number];

/**
 * When a consent given now expires: never for `permanent`, after the stage's duration for
 * `expiring`; `always_require` records nothing to reuse (null means: do not record).
 */
export function consentExpiry(mode: TConsentMode, expirySeconds: number, now: Date): { record: boolean; expires: Date | null } {
  if (mode === "always_require") return { record: false, expires: null };
  if (mode === "permanent") return { record: true, expires: null };
  return { record: true, expires: new Date(now.getTime() + expirySeconds * 1000) };
}
