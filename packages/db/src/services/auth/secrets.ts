/** Secrets (session cookies, API keys, recovery keys): 256-bit CSPRNG values, stored as SHA-256. */
import { createHash, randomBytes, randomUUID } from "node:crypto";

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function newId(): string {
  return randomUUID();
}
