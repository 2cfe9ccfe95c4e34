/**
 * The one way a password changes (an admin's reset, a recovery, the user's own change): the new
 * hash and the change date, by the database's clock. From that moment the session resolver
 * refuses every session whose credentials are older (SPEC §9 rule 7), so the user's other
 * browsers are signed out on their next request, before any clean-up job runs. The session that
 * made the change, when it is the user's own, stays valid.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export async function changePassword(em: EntityManager, userId: string, passwordHash: string, keepSessionId: string | null): Promise<void> {
  await sql(em, "UPDATE users SET password_hash = ?, password_change_date = clock_timestamp(), last_updated = now() WHERE id = ?", [passwordHash, userId]);
  if (keepSessionId) {
    await sql(
      em,
      `UPDATE sessions s SET credentials_at = u.password_change_date FROM users u
        WHERE s.id = ? AND s.user_id = u.id AND u.id = ? AND s.impersonator_id IS NULL`,
      [keepSessionId, userId],
    );
  }
}
