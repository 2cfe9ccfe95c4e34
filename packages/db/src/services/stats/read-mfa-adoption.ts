/**
 * The share of active internal users with a confirmed MFA device, or null while the
 * `authenticators` table lacks what it takes (MFA is built on its own branch) or no such user
 * exists. Counted from the devices (one index probe of users each), not from the users: cheap
 * while few have a device; once most do, it wants a counter like user_counts.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export async function readMfaAdoption(em: EntityManager, activeInternalUsers: number): Promise<number | null> {
  const [columns] = await sql<{ present: number }>(
    em,
    "SELECT count(*)::int AS present FROM pg_attribute WHERE attrelid = to_regclass('authenticators') AND attname IN ('user_id', 'confirmed') AND NOT attisdropped",
  );
  if (columns?.present !== 2 || activeInternalUsers === 0) return null;
  const [row] = await sql<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM (SELECT DISTINCT user_id FROM authenticators WHERE confirmed) a
       JOIN users u ON u.id = a.user_id WHERE u.is_active AND u.type = 'internal'`,
  );
  return Math.min(1, (row?.n ?? 0) / activeInternalUsers);
}
