/**
 * oidc-provider's RefreshToken model, stored in `refresh_tokens` (the rows `users.refreshTokens`
 * lists): the token's SHA-256, its user, application, scopes and expiry, plus the provider's
 * payload. A token is found only while it is unrevoked, its user active, and it was issued after
 * the user's last password change — so deactivating a user or changing a password refuses it at
 * the token endpoint at once, before the revocation job deletes the row. A rotated token is kept
 * as consumed: presented again, the provider sees a reuse and revokes the whole grant.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql, sqlCount } from "../../sql.js";
import { hashSecret, newId } from "../auth/secrets.js";
import type { ArtifactPayload } from "./artifacts.js";

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export async function upsertRefreshToken(em: EntityManager, id: string, payload: ArtifactPayload, expiresInSeconds: number): Promise<void> {
  await sql(
    em,
    `INSERT INTO refresh_tokens (id, user_id, application_id, token_hash, scope, expires, grant_id, payload)
     SELECT ?, u.id, (SELECT a.id FROM applications a WHERE a.provider->>'clientId' = ?), ?, ?, now() + make_interval(secs => ?), ?, ?::jsonb
       FROM users u WHERE u.id = ?::uuid
     ON CONFLICT (token_hash) DO UPDATE SET payload = excluded.payload, scope = excluded.scope, expires = excluded.expires`,
    [newId(), text(payload.clientId), hashSecret(id), text(payload.scope), expiresInSeconds, payload.grantId ?? null, JSON.stringify(payload), text(payload.accountId)],
  );
}

export async function findRefreshToken(em: EntityManager, id: string): Promise<ArtifactPayload | undefined> {
  const rows = await sql<{ payload: ArtifactPayload; consumed: string | null }>(
    em,
    `SELECT rt.payload, extract(epoch FROM rt.consumed_at)::bigint AS consumed
       FROM refresh_tokens rt JOIN users u ON u.id = rt.user_id
      WHERE rt.token_hash = ? AND NOT rt.revoked AND rt.expires > now() AND u.is_active
        AND rt.created_at >= coalesce(u.password_change_date, '-infinity')`,
    [hashSecret(id)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return row.consumed === null ? row.payload : { ...row.payload, consumed: Number(row.consumed) };
}

/** False when another request consumed it first (two refreshes racing with one token: one wins). */
export async function consumeRefreshToken(em: EntityManager, id: string): Promise<boolean> {
  return (await sqlCount(em, "UPDATE refresh_tokens SET consumed_at = now() WHERE token_hash = ? AND consumed_at IS NULL", [hashSecret(id)])) > 0;
}

export async function destroyRefreshToken(em: EntityManager, id: string): Promise<void> {
  await sql(em, "DELETE FROM refresh_tokens WHERE token_hash = ?", [hashSecret(id)]);
}

/** A reuse (or a revoked grant) revokes the whole chain; the rows stay, marked, until they expire. */
export async function revokeRefreshTokensByGrant(em: EntityManager, grantId: string): Promise<void> {
  await sql(em, "UPDATE refresh_tokens SET revoked = true WHERE grant_id = ? AND NOT revoked", [grantId]);
}
