/** `stats.users`: users created per day (30 UTC days), the largest folders, users by type and state — all from the counters (v15). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { lastDays, type TUserStats, type TUserType } from "@roster/core";
import { sql } from "../../sql.js";

export const topFolders = 10;

export async function readUserStats(em: EntityManager, now = new Date()): Promise<TUserStats> {
  const days = lastDays(30, now);
  const joined = await sql<{ day: string; count: string }>(em, "SELECT day::text AS day, sum(count) AS count FROM user_joins_daily WHERE day >= ?::date GROUP BY 1", [days[0]]);
  const folders = await sql<{ path: string; count: string }>(em, "SELECT path, sum(count) AS count FROM user_counts GROUP BY 1 HAVING sum(count) > 0 ORDER BY 2 DESC, 1 LIMIT ?", [topFolders]);
  const types = await sql<{ type: TUserType; is_active: boolean; count: string }>(
    em,
    "SELECT type, is_active, sum(count) AS count FROM user_counts GROUP BY 1, 2 HAVING sum(count) > 0 ORDER BY 1, 2 DESC",
  );
  const perDay = new Map(joined.map((row) => [row.day, Number(row.count)]));
  return {
    createdPerDay: days.map((day) => ({ day, count: perDay.get(day) ?? 0 })),
    byFolder: folders.map((row) => ({ path: row.path, count: Number(row.count) })),
    byType: types.map((row) => ({ type: row.type, isActive: row.is_active, count: Number(row.count) })),
  };
}
