/**
 * The OAuth2 / OpenID Connect provider (SPEC §11): panva's oidc-provider 8.8 (the last line that
 * supports Node 20), issuer `<ROSTER_PUBLIC_URL>/oauth`, everything stored in PostgreSQL.
 * Authorization code with PKCE (S256, required of every client as RFC 9700 recommends),
 * refresh tokens rotated on each use (a reused one revokes its grant), userinfo, JWKS,
 * revocation (RFC 7009), end-session and discovery. Sign-in and consent happen in the console
 * (interactions.ts); who may sign in to which application is decided by its bindings.
 */
import { createHmac } from "node:crypto";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { clientSecretSealing, findOAuthAccount, loadSigningKeys, sealingKey, type Database } from "@roster/db";
import type { Logger } from "@roster/db/observability";
import { accessTokenValidityDefault, oauthScopes, refreshTokenValidityDefault } from "@roster/core";
import type { AppConfig } from "../app-config.js";
import { postgresAdapter } from "./adapter.js";
import { clientMetadataSource, clientValidityKeys } from "./client-metadata.js";
import { rosterInteractionPolicy } from "./interaction-policy.js";
import { existingGrantLoader } from "./load-existing-grant.js";
import { logoutSource, postLogoutSuccessSource, renderOAuthError } from "./pages.js";
import type { RosterSessionReader } from "./roster-session.js";

import { oauthMountPath } from "./mount-path.js";

export { oauthMountPath };

export function oauthIssuer(publicUrl: URL): string {
  return `${publicUrl.origin}${oauthMountPath}`;
}

const claims = Object.fromEntries(Object.entries(oauthScopes).map(([scope, { claims: names }]) => [scope, [...names]]));

function clientValidity(client: { metadata(): Record<string, unknown> } | undefined, key: string, fallback: number): number {
  const value = client?.metadata()[key];
  return typeof value === "number" ? value : fallback;
}

export interface OAuthProviderOptions {
  app: AppConfig;
  database: Database;
  readSession: RosterSessionReader;
  logger: Logger;
}

export async function createOAuthProvider({ app, database, readSession, logger }: OAuthProviderOptions): Promise<Provider> {
  const signingKeys = await loadSigningKeys(database.fork(), sealingKey(app.secretKey, "oauth-signing-keys"), (count) =>
    logger.warn({ keys: count }, "oauth: stored signing keys could not be unsealed with this ROSTER_SECRET_KEY; a new key signs from now on"),
  );
  const accessTtl = (_ctx: KoaContextWithOIDC, _token: unknown, client?: { metadata(): Record<string, unknown> }) => clientValidity(client, clientValidityKeys.accessToken, accessTokenValidityDefault);
  const refreshTtl = (_ctx: KoaContextWithOIDC, _token: unknown, client?: { metadata(): Record<string, unknown> }) => clientValidity(client, clientValidityKeys.refreshToken, refreshTokenValidityDefault);
  const configuration: Configuration = {
    adapter: postgresAdapter(database, clientMetadataSource(database, clientSecretSealing(app.secretKey))),
    clients: [],
    extraClientMetadata: { properties: Object.values(clientValidityKeys) },
    jwks: { keys: signingKeys },
    cookies: { keys: [createHmac("sha256", app.secretKey).update("roster-oauth-cookies").digest("base64url")] },
    scopes: Object.keys(oauthScopes),
    claims,
    async findAccount(_ctx, sub, token) {
      // Behind a token (refresh, userinfo, code exchange) the bindings are asked again; in the
      // browser, the grant loader answers a refused user with access_denied instead.
      const account = await findOAuthAccount(database.fork(), sub, token?.clientId ?? null);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({
          sub: account.id,
          name: account.name,
          preferred_username: account.username,
          groups: account.groups,
          email: account.email,
          // Roster keeps no verification state; an address an admin entered counts as verified, as in authentik.
          email_verified: account.email !== "",
        }),
      };
    },
    interactions: {
      url: (_ctx, interaction) => `${oauthMountPath}/interaction/${interaction.uid}`,
      policy: rosterInteractionPolicy(readSession),
    },
    loadExistingGrant: existingGrantLoader(database, readSession),
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    rotateRefreshToken: true,
    expiresWithSession: () => false,
    pkce: { methods: ["S256"], required: () => true },
    responseTypes: ["code"],
    clientDefaults: { grant_types: ["authorization_code"], response_types: ["code"], id_token_signed_response_alg: "RS256", token_endpoint_auth_method: "client_secret_basic" },
    ttl: {
      AccessToken: accessTtl,
      IdToken: accessTtl,
      RefreshToken: refreshTtl,
      Grant: refreshTtl,
      AuthorizationCode: 60,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: {
        enabled: true,
        // A client learns about its own tokens only, and a token of a user the bindings now refuse
        // (or who was deactivated) answers inactive, as refresh and userinfo do.
        async allowedPolicy(_ctx, client, token) {
          if (token.clientId !== client.clientId) return false;
          const accountId = "accountId" in token ? token.accountId : undefined;
          if (!accountId) return true;
          return (await findOAuthAccount(database.fork(), accountId, token.clientId ?? null)) !== null;
        },
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    renderError: renderOAuthError,
  };
  const provider = new Provider(oauthIssuer(app.publicUrl), configuration);
  // The client address comes from the same trusted proxies as the rest of the API.
  provider.proxy = app.trustedProxies.size > 0;
  return provider;
}
