/**
 * The browser half of WebAuthn (`@simplewebauthn/browser`): turns a challenge's options into the
 * response `flows.execute` expects. A cancelled or refused ceremony becomes a message for the person.
 */
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";

export type CeremonyResult = { ok: true; response: Record<string, unknown> } | { ok: false; message: string };

function failure(error: unknown): CeremonyResult {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") return { ok: false, message: "The passkey prompt was closed or timed out. Try again." };
  if (name === "InvalidStateError") return { ok: false, message: "This passkey or security key is already registered." };
  return { ok: false, message: error instanceof Error ? error.message : "The browser could not use a passkey here." };
}

export async function registerPasskey(options: Record<string, unknown>): Promise<CeremonyResult> {
  try {
    const { startRegistration } = await import("@simplewebauthn/browser");
    const registration = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
    return { ok: true, response: { registration } };
  } catch (error) {
    return failure(error);
  }
}

export async function usePasskey(options: Record<string, unknown>): Promise<CeremonyResult> {
  try {
    const { startAuthentication } = await import("@simplewebauthn/browser");
    const webauthn = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
    return { ok: true, response: { webauthn } };
  } catch (error) {
    return failure(error);
  }
}
