/**
 * The provider section of the application form (SPEC §11): on or off, client type, redirect URIs
 * (one per line, compared exactly), authorization flow, token validities and refresh tokens; and
 * the `provider` input it sends (null turns the provider off, left out keeps it).
 */
import {
  accessTokenValidityDefault,
  defaultAuthorizationFlow,
  refreshTokenValidityDefault,
  type TApplication,
  type TClientType,
  type TOAuthProviderInput,
} from "@roster/core";
import { splitDuration, toSeconds, type DurationUnit } from "./duration";

export interface Duration {
  amount: string;
  unit: DurationUnit;
}

export interface ProviderFormValues {
  enabled: boolean;
  clientType: TClientType;
  redirectUris: string;
  authorizationFlow: string;
  accessTokenValidity: Duration;
  refreshTokenValidity: Duration;
  refreshTokens: boolean;
}

export const clientTypeOptions: { value: TClientType; label: string }[] = [
  { value: "confidential", label: "Confidential" },
  { value: "public", label: "Public" },
];

function duration(seconds: number): Duration {
  const { amount, unit } = splitDuration(seconds);
  return { amount: String(amount), unit };
}

export function providerFormFrom(application: TApplication | null): ProviderFormValues {
  const provider = application?.oauthProvider ?? null;
  return {
    enabled: provider !== null,
    clientType: provider?.clientType ?? "confidential",
    redirectUris: (provider?.redirectUris ?? []).join("\n"),
    authorizationFlow: provider?.authorizationFlow ?? defaultAuthorizationFlow,
    accessTokenValidity: duration(provider?.accessTokenValidity ?? accessTokenValidityDefault),
    refreshTokenValidity: duration(provider?.refreshTokenValidity ?? refreshTokenValidityDefault),
    refreshTokens: provider?.refreshTokens ?? true,
  };
}

export function parseRedirectUris(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The provider as the API takes it; a duration typed wrong is sent as -1 so that the server names the rule under its field. */
export function providerInput(values: ProviderFormValues): TOAuthProviderInput | null {
  if (!values.enabled) return null;
  return {
    clientType: values.clientType,
    redirectUris: parseRedirectUris(values.redirectUris),
    authorizationFlow: values.authorizationFlow,
    accessTokenValidity: toSeconds(values.accessTokenValidity.amount, values.accessTokenValidity.unit) ?? -1,
    refreshTokenValidity: toSeconds(values.refreshTokenValidity.amount, values.refreshTokenValidity.unit) ?? -1,
    refreshTokens: values.refreshTokens,
  };
}

/** For an update: the provider input when the section changed, else undefined (keep it). */
export function providerChange(application: TApplication, values: ProviderFormValues): TOAuthProviderInput | null | undefined {
  const next = providerInput(values);
  const before = providerInput(providerFormFrom(application));
  return JSON.stringify(next) === JSON.stringify(before) ? undefined : next;
}

/** The endpoints a relying party is configured with, as authentik's provider page lists them. */
export function providerEndpoints(origin: string, clientId: string): { label: string; value: string }[] {
  const issuer = `${origin}/oauth`;
  return [
    { label: "Client ID", value: clientId },
    { label: "OpenID configuration URL", value: `${issuer}/.well-known/openid-configuration` },
    { label: "OpenID configuration issuer", value: issuer },
    { label: "Authorize URL", value: `${issuer}/auth` },
    { label: "Token URL", value: `${issuer}/token` },
    { label: "Userinfo URL", value: `${issuer}/me` },
    { label: "Revocation URL", value: `${issuer}/token/revocation` },
    { label: "Logout URL", value: `${issuer}/session/end` },
    { label: "JWKS URL", value: `${issuer}/jwks` },
  ];
}

/** The server's messages for one provider field (`provider.redirectUris.1` reads "Line 2: …"). */
export function providerFieldErrors(fieldErrors: Record<string, string[]>, field: keyof TOAuthProviderInput): string[] | undefined {
  const messages: string[] = [];
  for (const [key, list] of Object.entries(fieldErrors)) {
    if (key === `provider.${field}`) messages.push(...list);
    const line = new RegExp(`^provider\\.${field}\\.(\\d+)$`).exec(key)?.[1];
    if (line !== undefined) messages.push(...list.map((message) => `Line ${Number(line) + 1}: ${message}`));
  }
  return messages.length > 0 ? messages : undefined;
}
