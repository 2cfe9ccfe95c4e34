/** MFA devices (SPEC §12): what the user page's tab and the Settings page list, and how they are renamed. */
import { z } from "zod";
import { pageOutput } from "../common/pagination.js";

/** Every type the authenticators table holds; `email` is reserved for a later version. */
export const authenticatorTypes = ["totp", "webauthn", "static", "email"] as const;
export const ZAuthenticatorType = z.enum(authenticatorTypes);
export type TAuthenticatorType = z.infer<typeof ZAuthenticatorType>;

/** The device classes a sign-in can ask for. */
export const deviceClasses = ["totp", "webauthn", "static"] as const;
export const ZDeviceClass = z.enum(deviceClasses);
export type TDeviceClass = z.infer<typeof ZDeviceClass>;

export const ZAuthenticator = z.object({
  id: z.uuid(),
  type: ZAuthenticatorType,
  name: z.string(),
  confirmed: z.boolean(),
  createdAt: z.string(),
  lastUpdated: z.string(),
  lastUsed: z.string().nullable(),
});
export type TAuthenticator = z.infer<typeof ZAuthenticator>;
export const ZAuthenticatorPage = pageOutput(ZAuthenticator);

export const ZAuthenticatorName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(100, "Ensure this field has no more than 100 characters.");

export const ZAuthenticatorRenameInput = z.object({ id: z.uuid(), name: ZAuthenticatorName });

/** Each device class's challenge in `authenticator_validate`; webauthn carries its request options. */
export const ZDeviceChallenge = z.discriminatedUnion("deviceClass", [
  z.object({ deviceClass: z.literal("totp") }),
  z.object({ deviceClass: z.literal("static") }),
  z.object({ deviceClass: z.literal("webauthn"), authentication: z.record(z.string(), z.unknown()) }),
]);
export type TDeviceChallenge = z.infer<typeof ZDeviceChallenge>;
