/**
 * An application's provider as oidc-provider client metadata: exact redirect URIs, the code flow
 * only, `client_secret_basic` for confidential clients and `none` (PKCE alone) for public ones,
 * refresh tokens when the application allows them, and its token validities (read by `ttl`).
 */
import { findOAuthClient, type Database, type SealingKey } from "@roster/db";

export const clientValidityKeys = {
  accessToken: "roster_access_token_validity",
  refreshToken: "roster_refresh_token_validity",
} as const;

export type ClientMetadataSource = (clientId: string) => Promise<Record<string, unknown> | undefined>;

export function clientMetadataSource(database: Database, sealing: SealingKey): ClientMetadataSource {
  return async (clientId) => {
    const client = await findOAuthClient(database.fork(), sealing, clientId);
    if (!client) return undefined;
    const { provider } = client;
    const confidential = provider.clientType === "confidential";
    // A confidential client whose secret cannot be unsealed (ROSTER_SECRET_KEY changed) cannot authenticate.
    if (confidential && !client.clientSecret) return undefined;
    return {
      client_id: provider.clientId,
      client_name: client.applicationName,
      ...(confidential ? { client_secret: client.clientSecret, token_endpoint_auth_method: "client_secret_basic" } : { token_endpoint_auth_method: "none" }),
      redirect_uris: provider.redirectUris,
      post_logout_redirect_uris: provider.redirectUris,
      grant_types: provider.refreshTokens ? ["authorization_code", "refresh_token"] : ["authorization_code"],
      response_types: ["code"],
      [clientValidityKeys.accessToken]: provider.accessTokenValidity,
      [clientValidityKeys.refreshToken]: provider.refreshTokenValidity,
    };
  };
}
