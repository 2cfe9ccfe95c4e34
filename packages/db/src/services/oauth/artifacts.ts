/**
 * The store behind oidc-provider's adapter for its short-lived models (Session, Interaction,
 * AuthorizationCode, AccessToken, Grant, ReplayDetection…): one table, keyed by model and the
 * SHA-256 of the artifact's id, so that any replica answers any request and a database copy holds
 * no usable token. Refresh tokens have their own table (refresh-token-artifacts.ts).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql, sqlCount } from "../../sql.js";
import { hashSecret } from "../auth/secrets.js";

export type ArtifactPayload = Record<string, unknown> & { grantId?: string; uid?: string; consumed?: unknown };

export async function upsertArtifact(em: EntityManager, model: string, id: string, payload: ArtifactPayload, expiresInSeconds: number): Promise<void> {
  await sql(
    em,
    `INSERT INTO oauth_artifacts (model, id_hash, payload, grant_id, uid_hash, expires_at)
     VALUES (?, ?, ?::jsonb, ?, ?, now() + make_interval(secs => ?))
     ON CONFLICT (model, id_hash) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id, uid_hash = excluded.uid_hash, expires_at = excluded.expires_at`,
    [model, hashSecret(id), JSON.stringify(payload), payload.grantId ?? null, payload.uid ? hashSecret(payload.uid) : null, expiresInSeconds],
  );
}

type Row = { payload: ArtifactPayload; consumed: number | null };

function withConsumed(row: Row | undefined): ArtifactPayload | undefined {
  if (!row) return undefined;
  return row.consumed === null ? row.payload : { ...row.payload, consumed: Number(row.consumed) };
}

const selectPayload = "SELECT payload, extract(epoch FROM consumed_at)::bigint AS consumed FROM oauth_artifacts";

export async function findArtifact(em: EntityManager, model: string, id: string): Promise<ArtifactPayload | undefined> {
  const rows = await sql<Row>(em, `${selectPayload} WHERE model = ? AND id_hash = ? AND expires_at > now()`, [model, hashSecret(id)]);
  return withConsumed(rows[0]);
}

export async function findArtifactByUid(em: EntityManager, model: string, uid: string): Promise<ArtifactPayload | undefined> {
  const rows = await sql<Row>(em, `${selectPayload} WHERE model = ? AND uid_hash = ? AND expires_at > now()`, [model, hashSecret(uid)]);
  return withConsumed(rows[0]);
}

/** False when another request consumed it first (an authorization code exchanged twice at once). */
export async function consumeArtifact(em: EntityManager, model: string, id: string): Promise<boolean> {
  return (await sqlCount(em, "UPDATE oauth_artifacts SET consumed_at = now() WHERE model = ? AND id_hash = ? AND consumed_at IS NULL", [model, hashSecret(id)])) > 0;
}

export async function destroyArtifact(em: EntityManager, model: string, id: string): Promise<void> {
  await sql(em, "DELETE FROM oauth_artifacts WHERE model = ? AND id_hash = ?", [model, hashSecret(id)]);
}

export async function revokeArtifactsByGrant(em: EntityManager, model: string, grantId: string): Promise<number> {
  return sqlCount(em, "DELETE FROM oauth_artifacts WHERE model = ? AND grant_id = ?", [model, grantId]);
}
