/**
 * The user behind a token or a provider session, with the claims of SPEC §11 — or null when the
 * user is inactive, gone, or (when a client is named) no longer allowed by the application's
 * bindings: then userinfo and the refresh grant fail. One statement, through the access predicate.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import { accessSubjectCte, mayAccess } from "../applications/access-predicate.js";

export interface OAuthAccount {
  id: string;
  username: string;
  name: string;
  email: string;
  groups: string[];
}

export async function findOAuthAccount(em: EntityManager, userId: string, clientId: string | null): Promise<OAuthAccount | null> {
  const rows = await sql<OAuthAccount & { allowed: boolean }>(
    em,
    `WITH ${accessSubjectCte}
     SELECT u.id, u.username, u.name, u.email,
            ARRAY(SELECT g.name FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id ORDER BY g.name) AS groups,
            (?::text IS NULL OR EXISTS (SELECT 1 FROM applications a WHERE a.provider->>'clientId' = ?::text AND ${mayAccess("a")})) AS allowed
       FROM access_subject s JOIN users u ON u.id = s.id
      WHERE s.is_active`,
    [userId, clientId, clientId],
  );
  const row = rows[0];
  if (!row?.allowed) return null;
  return { id: row.id, username: row.username, name: row.name, email: row.email, groups: row.groups };
}
