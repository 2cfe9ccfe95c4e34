/**
 * The provider an application's form sets (SPEC §11): checked (the authorization flow must exist
 * and be an authorization flow), then written to `applications.provider` with a generated client
 * ID, and — for a confidential client that has none — a new secret, sealed, returned once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, oauthMessages, type TOAuthProvider, type TOAuthProviderInput } from "@roster/core";
import { sql } from "../../sql.js";
import { newSecret } from "../auth/secrets.js";
import { seal, sealingKey, type SealingKey } from "./sealed-secrets.js";

/** The key client secrets are sealed with. */
export function clientSecretSealing(secretKey: string): SealingKey {
  return sealingKey(secretKey, "oauth-client-secrets");
}

export function newClientId(): string {
  return newSecret(30);
}

export function newClientSecret(): string {
  return newSecret(48);
}

async function assertAuthorizationFlow(em: EntityManager, slug: string): Promise<void> {
  const rows = await sql<{ designation: string }>(em, "SELECT designation FROM flows WHERE slug = ?", [slug]);
  const field = "provider.authorizationFlow";
  if (!rows[0]) throw AppError.field(field, oauthMessages.flowMissing);
  if (rows[0].designation !== "authorization") throw AppError.field(field, oauthMessages.flowDesignation);
}

export interface ProviderWrite {
  provider: TOAuthProvider | null;
  /** The sealed secret to store (undefined: keep the stored one). */
  sealedSecret: string | null | undefined;
  /** The new secret, to return once. */
  clientSecret: string | null;
}

/**
 * What to store for a provider input, given the stored provider (null on create) and whether a
 * secret is stored. A public client has no secret; a client turned confidential gets one.
 */
export async function providerWrite(em: EntityManager, sealing: SealingKey, input: TOAuthProviderInput | null, before: { provider: TOAuthProvider | null; hasSecret: boolean }): Promise<ProviderWrite> {
  if (!input) return { provider: null, sealedSecret: null, clientSecret: null };
  await assertAuthorizationFlow(em, input.authorizationFlow);
  const provider: TOAuthProvider = { type: "oauth2", clientId: before.provider?.clientId ?? newClientId(), ...input };
  if (input.clientType === "public") return { provider, sealedSecret: null, clientSecret: null };
  if (before.hasSecret) return { provider, sealedSecret: undefined, clientSecret: null };
  const clientSecret = newClientSecret();
  return { provider, sealedSecret: seal(sealing, clientSecret), clientSecret };
}
