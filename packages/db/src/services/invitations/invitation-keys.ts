/**
 * Invitation keys: 256-bit CSPRNG values, stored as SHA-256. The admin's link is one key, replaced
 * by "New link"; each emailed invitation adds its own key, so sending never breaks a link handed
 * out. The invitation's id is never the secret.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { flowLink } from "../flows/flow-link.js";

export type TInvitationKeyKind = "link" | "email";

/** A new key for the invitation; a new `link` key replaces the previous one. */
export async function newInvitationKey(em: EntityManager, invitationId: string, kind: TInvitationKeyKind): Promise<string> {
  if (kind === "link") await sql(em, "DELETE FROM invitation_keys WHERE invitation_id = ? AND kind = 'link'", [invitationId]);
  const key = newSecret();
  await sql(em, "INSERT INTO invitation_keys (key_hash, invitation_id, kind) VALUES (?, ?, ?)", [hashSecret(key), invitationId, kind]);
  return key;
}

/** The invitation a key opens, if it is still usable (not used up, not expired, not deleted). */
export async function usableInvitationId(em: EntityManager, keyHash: string, flowId: string): Promise<string | null> {
  const rows = await sql<{ id: string }>(
    em,
    `SELECT i.id FROM invitation_keys k JOIN invitations i ON i.id = k.invitation_id
      WHERE k.key_hash = ? AND i.flow_id = ? AND NOT (i.single_use AND i.used_at IS NOT NULL) AND (i.expires IS NULL OR i.expires > now())`,
    [keyHash, flowId],
  );
  return rows[0]?.id ?? null;
}

export function invitationLink(publicUrl: URL, flowSlug: string, key: string): string {
  return flowLink(publicUrl, flowSlug, key);
}
