/** A group's direct members: a keyset page by username (changed through services/memberships/). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TGroupMember } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";

export async function listGroupMembers(
  em: EntityManager,
  input: PageRequest & { groupId: string },
): Promise<Page<TGroupMember>> {
  const window = pageWindow(input, 1, 20);
  const exists = await sql(em, "SELECT 1 FROM groups WHERE id = ?", [input.groupId]);
  if (exists.length === 0) throw AppError.notFound("Group");
  const after = window.after ? String(window.after[0]) : null;
  const rows = await sql<TGroupMember>(
    em,
    `SELECT u.id, u.username, u.name, u.is_active AS "isActive"
       FROM group_users gu JOIN users u ON u.id = gu.user_id
      WHERE gu.group_id = ? AND (?::text IS NULL OR u.username > ?)
      ORDER BY u.username LIMIT ?`,
    [input.groupId, after, after, window.take],
  );
  return pageOf(rows, window, (last) => [last.username]);
}
