/** argon2id password hashing (OWASP's recommended parameters for argon2id). */
import { hash, verify } from "@node-rs/argon2";

const options = { algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under verbatimModuleSyntax */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check so that unknown users cannot be told apart by timing.
    await verify(dummyHash ??= await hash("roster-dummy-password", options), password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: string | undefined;
