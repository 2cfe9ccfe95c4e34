/** A group's direct members: a keyset page by username (changed through services/memberships/). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, decodeCursor, encodeCursor, type TGroupMember } from "@roster/core";
import { sql } from "../../sql.js";

export async function listGroupMembers(
  em: EntityManager,
  input: { groupId: string; cursor?: string | null | undefined; limit?: number | undefined },
): Promise<{ items: TGroupMember[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const exists = await sql(em, "SELECT 1 FROM groups WHERE id = ?", [input.groupId]);
  if (exists.length === 0) throw AppError.notFound("Group");
  const after = input.cursor ? String(decodeCursor(input.cursor, 1)[0]) : null;
  const rows = await sql<TGroupMember>(
    em,
    `SELECT u.id, u.username, u.name, u.is_active AS "isActive"
       FROM group_users gu JOIN users u ON u.id = gu.user_id
      WHERE gu.group_id = ? AND (?::text IS NULL OR u.username > ?)
      ORDER BY u.username LIMIT ?`,
    [input.groupId, after, after, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.username]) : null };
}
