/** MFA rules that need no database: default names, recovery-code shape, and the `amr` of each method (RFC 8176). */
import type { TDeviceClass } from "./schema.js";

export const defaultDeviceNames: Record<TDeviceClass, string> = {
  totp: "Authenticator app",
  static: "Recovery codes",
  webauthn: "Passkey",
};

export const recoveryCodeCount = 10;

/** How a code is compared: case, spaces and dashes do not matter. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "").toLowerCase();
}

/** A recovery code as shown: `abcde-fghij`. */
export function formatRecoveryCode(raw: string): string {
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** How the messages name each device class. */
export const deviceClassNames: Record<TDeviceClass, string> = { totp: "authenticator app", static: "recovery codes", webauthn: "passkey or security key" };

export const mfaMessages = {
  invalidCode: "The code is not valid, or was already used. Try again.",
  invalidWebauthn: "The passkey or security key could not be verified. Try again.",
  noDevice: "This account has no authenticator for this sign-in. Contact your administrator.",
  /** MFA fails closed: the user has devices, but none this sign-in accepts. */
  deviceNotAccepted: (owned: readonly TDeviceClass[]) =>
    `This sign-in does not accept your account's ${owned.map((kind) => deviceClassNames[kind]).join(" or ")}, and the account has no other authenticator. Contact your administrator.`,
  notWhileImpersonating: "Authenticators cannot be removed while impersonating: stop the impersonation, then remove them from the user's page.",
  signInFirst: "Sign in first to set up an authenticator.",
  setupCodeInvalid: "The code does not match. Check the time on your device and try again.",
  registrationInvalid: "The passkey could not be registered. Try again.",
} as const;
