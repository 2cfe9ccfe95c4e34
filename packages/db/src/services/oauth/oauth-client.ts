/**
 * The OAuth client of an application, as oidc-provider reads it on every request (so a change or
 * a rotated secret counts at once, on every replica): its metadata from `applications.provider`,
 * its secret unsealed.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TOAuthProvider } from "@roster/core";
import { sql } from "../../sql.js";
import { unseal, type SealingKey } from "./sealed-secrets.js";

export interface OAuthClientRecord {
  applicationId: string;
  applicationName: string;
  provider: TOAuthProvider;
  /** Null for a public client, or when the secret was sealed under another ROSTER_SECRET_KEY. */
  clientSecret: string | null;
}

export async function findOAuthClient(em: EntityManager, sealing: SealingKey, clientId: string): Promise<OAuthClientRecord | null> {
  const rows = await sql<{ id: string; name: string; provider: TOAuthProvider; client_secret_sealed: string | null }>(
    em,
    "SELECT id, name, provider, client_secret_sealed FROM applications WHERE provider->>'clientId' = ? AND provider->>'type' = 'oauth2'",
    [clientId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    applicationId: row.id,
    applicationName: row.name,
    provider: row.provider,
    clientSecret: row.client_secret_sealed ? unseal(sealing, row.client_secret_sealed) : null,
  };
}
