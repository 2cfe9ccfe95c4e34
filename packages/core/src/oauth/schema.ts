/** Input and output shapes of the OAuth2 / OpenID provider's settings, consents and refresh tokens (SPEC §11). */
import { z } from "zod";
import { ZPageInput, pageOutput } from "../common/pagination.js";
import {
  accessTokenValidityDefault,
  accessTokenValidityRange,
  defaultAuthorizationFlow,
  oauthMessages,
  redirectUrisProblems,
  refreshTokenValidityDefault,
  refreshTokenValidityRange,
} from "./rules.js";

export const clientTypes = ["confidential", "public"] as const;
export const ZClientType = z.enum(clientTypes);
export type TClientType = z.infer<typeof ZClientType>;

function formatSeconds(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} ${seconds === 86400 ? "day" : "days"}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} ${seconds === 3600 ? "hour" : "hours"}`;
  return `${seconds / 60} ${seconds === 60 ? "minute" : "minutes"}`;
}

const validity = (range: { min: number; max: number }) => {
  const message = oauthMessages.validityRange(formatSeconds(range.min), formatSeconds(range.max));
  return z.number().int("Enter a whole number of seconds.").min(range.min, message).max(range.max, message);
};

export const ZRedirectUris = z.array(z.string().trim().max(2000, "Ensure this field has no more than 2,000 characters.")).superRefine((uris, ctx) => {
  for (const [index, message] of redirectUrisProblems(uris)) ctx.addIssue({ code: "custom", path: index === "" ? [] : [index], message });
});

/** What an admin sets on an application's provider; the client ID is generated, the secret returned once. */
export const ZOAuthProviderInput = z.object({
  clientType: ZClientType.default("confidential"),
  redirectUris: ZRedirectUris,
  authorizationFlow: z.string().trim().min(1, "Choose an authorization flow.").default(defaultAuthorizationFlow),
  /** Seconds. */
  accessTokenValidity: validity(accessTokenValidityRange).default(accessTokenValidityDefault),
  /** Seconds. */
  refreshTokenValidity: validity(refreshTokenValidityRange).default(refreshTokenValidityDefault),
  refreshTokens: z.boolean().default(true),
});
export type TOAuthProviderInput = z.infer<typeof ZOAuthProviderInput>;

/** The provider as stored in `applications.provider` and shown on the application's page. */
export const ZOAuthProvider = z.object({
  type: z.literal("oauth2"),
  clientType: ZClientType,
  clientId: z.string(),
  redirectUris: z.array(z.string()),
  authorizationFlow: z.string(),
  accessTokenValidity: z.number().int(),
  refreshTokenValidity: z.number().int(),
  refreshTokens: z.boolean(),
});
export type TOAuthProvider = z.infer<typeof ZOAuthProvider>;

export const ZRotateSecretResult = z.object({ clientSecret: z.string() });

export const ZApplicationRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const ZUserConsent = z.object({
  id: z.uuid(),
  application: ZApplicationRef,
  permissions: z.array(z.string()),
  expires: z.string().nullable(),
  createdAt: z.string(),
});
export type TUserConsent = z.infer<typeof ZUserConsent>;
export const ZUserConsentPage = pageOutput(ZUserConsent);

export const ZUserRefreshToken = z.object({
  id: z.uuid(),
  application: ZApplicationRef.nullable(),
  scopes: z.array(z.string()),
  expires: z.string(),
  revoked: z.boolean(),
  createdAt: z.string(),
});
export type TUserRefreshToken = z.infer<typeof ZUserRefreshToken>;
export const ZUserRefreshTokenPage = pageOutput(ZUserRefreshToken);

export const ZUserRecordsInput = z.object({ userId: z.uuid() }).extend(ZPageInput.shape);
export const ZOwnRecordsInput = ZPageInput;
export const ZDeleteIdsInput = (what: string) => z.object({ ids: z.array(z.uuid()).min(1, `Select at least one ${what}.`).max(1000) });

/** What the consent page shows: who asks, and for what (each scope marked when not given before). */
export const ZConsentRequest = z.object({
  application: z.object({ name: z.string(), slug: z.string(), launchUrl: z.string().nullable() }),
  scopes: z.array(z.object({ name: z.string(), description: z.string(), isNew: z.boolean() })),
  /** When the consent would expire if given now; null for permanent or always-asked consent. */
  expires: z.string().nullable(),
});
export type TConsentRequest = z.infer<typeof ZConsentRequest>;
