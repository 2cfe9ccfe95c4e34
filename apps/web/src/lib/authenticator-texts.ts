/** How the console names MFA devices and what it asks before removing them. */
import type { TAuthenticatorType } from "@roster/core";
import type { RecordsConfirmation } from "./oauth-texts";
import { nameList, plural } from "./user-texts";

export const authenticatorTypeLabels: Record<TAuthenticatorType, string> = {
  totp: "Authenticator app",
  static: "Recovery codes",
  webauthn: "Passkey or security key",
  email: "Email",
};

/** `owner` null: the signed-in person's own devices (Settings). */
export function authenticatorsConfirmation(owner: string | null, names: readonly string[]): RecordsConfirmation {
  const one = names.length === 1;
  const whose = owner ? ` of ${owner}` : "";
  const after = owner ? `${owner}'s next sign-in no longer asks for ${one ? "it" : "them"}.` : `Your next sign-in no longer asks for ${one ? "it" : "them"}; to use ${one ? "it" : "them"} again, set ${one ? "it" : "them"} up again.`;
  return {
    title: one ? "Remove authenticator" : "Remove authenticators",
    consequence: `Remove ${plural(names.length, "authenticator")}${whose}: ${nameList(names)}? ${after}`,
    confirmLabel: "Remove",
  };
}
