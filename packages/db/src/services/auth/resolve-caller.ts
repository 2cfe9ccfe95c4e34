/**
 * Who is calling, on every request, in one prepared statement: the browser session or API token,
 * its user (active, with the name and email `auth.me` shows) and the user's permission set
 * through the group tree. Nothing is cached between requests, so a deactivation, a password
 * change or a revoked grant counts on the very next request, on every replica.
 *
 * A session counts only while it is unexpired, younger than the maximum age, used within the
 * idle timeout, issued after its user's last password change (for an impersonation session: the
 * impersonating admin's), and its user (and that admin) active (SPEC §9 rule 7). A token counts
 * while it is an API token or app password, unexpired, and its user active.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { PermissionSet } from "@roster/core";
import { prepared, queryPrepared } from "../../prepared.js";
import { permissionColumns, permissionCtes, toPermissionSet, type PermissionColumns } from "../permissions/load-permissions.js";
import { hashSecret } from "./secrets.js";

export type Credential = { kind: "token"; key: string } | { kind: "session"; cookieValue: string };

export interface ResolvedCaller {
  user: { id: string; username: string; name: string; email: string };
  permissions: PermissionSet;
  tokenId: string | null;
  sessionId: string | null;
  impersonator: { id: string; username: string } | null;
  impersonationReason: string | null;
  /** When the session or token was last marked used: the caller decides whether to mark it again. */
  lastUsed: Date | null;
}

interface CallerRow extends PermissionColumns {
  user_id: string;
  username: string;
  name: string;
  email: string;
  token_id: string | null;
  session_id: string | null;
  impersonator_id: string | null;
  impersonator_username: string | null;
  impersonation_reason: string | null;
  /** A string: the ORM's driver hands out timestamps as text. */
  last_used: string | Date | null;
}

const tokenCaller = `SELECT t.user_id, u.username, u.name, u.email, t.id AS token_id, NULL::uuid AS session_id,
         NULL::uuid AS impersonator_id, NULL::text AS impersonator_username, NULL::text AS impersonation_reason, t.last_used
    FROM api_tokens t JOIN users u ON u.id = t.user_id AND u.is_active
   WHERE t.key_hash = $1 AND t.intent IN ('api', 'app_password') AND (NOT t.expiring OR t.expires > now())`;

const sessionCaller = `SELECT s.user_id, u.username, u.name, u.email, NULL::uuid AS token_id, s.id AS session_id,
         s.impersonator_id, i.username AS impersonator_username, s.impersonation_reason, s.last_used
    FROM sessions s
    JOIN users u ON u.id = s.user_id AND u.is_active
    LEFT JOIN users i ON i.id = s.impersonator_id
    JOIN settings st ON st.id = 1
   WHERE s.token_hash = $1 AND s.expires > now()
     AND s.created_at > now() - make_interval(secs => st.session_max_age_seconds)
     AND s.last_used > now() - make_interval(secs => st.session_idle_timeout_seconds)
     AND (s.impersonator_id IS NULL OR i.is_active)
     AND s.credentials_at >= coalesce(CASE WHEN s.impersonator_id IS NULL THEN u.password_change_date ELSE i.password_change_date END, '-infinity')`;

function callerStatement(name: string, caller: string) {
  const userId = "(SELECT user_id FROM caller)";
  return prepared(name, `WITH RECURSIVE caller AS (${caller}), ${permissionCtes(userId)} SELECT caller.*, ${permissionColumns(userId)} FROM caller`);
}

const statements = {
  token: callerStatement("roster_resolve_token_caller", tokenCaller),
  session: callerStatement("roster_resolve_session_caller", sessionCaller),
};

export async function resolveCaller(em: EntityManager, credential: Credential): Promise<ResolvedCaller | null> {
  const secret = credential.kind === "token" ? credential.key : credential.cookieValue;
  const [row] = await queryPrepared<CallerRow>(em, statements[credential.kind], [hashSecret(secret)]);
  if (!row) return null;
  return {
    user: { id: row.user_id, username: row.username, name: row.name, email: row.email },
    permissions: toPermissionSet(row),
    tokenId: row.token_id,
    sessionId: row.session_id,
    impersonator: row.impersonator_id && row.impersonator_username ? { id: row.impersonator_id, username: row.impersonator_username } : null,
    impersonationReason: row.impersonation_reason,
    lastUsed: row.last_used === null ? null : new Date(row.last_used),
  };
}
