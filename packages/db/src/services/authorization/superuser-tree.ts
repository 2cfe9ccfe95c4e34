/**
 * The super-user group tree, written once: a group confers super-user when it or an ancestor is
 * a super-user group, and a user is a super-user when they are in such a group. Every path asks
 * this one CTE: the trust rules, the Users list's flags and its `is_superuser` field,
 * permissions, and the notifications to super-users.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";
import { groupDescendantsCte } from "../groups/group-tree.js";

/** `superuser_groups (id)`: every super-user group and every group below one (inside WITH RECURSIVE). */
export const superuserGroupsCte = groupDescendantsCte("superuser_groups", "sg", "SELECT g.id FROM groups g WHERE g.is_superuser");

/**
 * A statement selecting the ids of all super-users. Uncorrelated, so that inside
 * `u.id IN (…)` PostgreSQL walks the tree once per query (a hashed subplan), not once per row.
 */
export const superuserUserIdsQuery = `WITH RECURSIVE ${superuserGroupsCte} SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM superuser_groups)`;

/**
 * A boolean column: whether the user whose id is `userId` (an SQL expression) is a super-user.
 * For a statement whose WITH RECURSIVE holds `superuserGroupsCte`; correlated, so a page of users
 * costs a page of index probes into group_users, however many members the super-user groups have.
 */
export function superuserFlag(userId: string): string {
  return `EXISTS (SELECT 1 FROM group_users gu WHERE gu.user_id = ${userId} AND gu.group_id IN (SELECT id FROM superuser_groups))`;
}

/** Which of these users are super-users. */
export async function superuserIds(em: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await sql<{ id: string }>(
    em,
    `WITH RECURSIVE ${superuserGroupsCte}
     SELECT DISTINCT gu.user_id AS id FROM group_users gu WHERE gu.user_id = ANY(?::uuid[]) AND gu.group_id IN (SELECT id FROM superuser_groups)`,
    [textArrayLiteral(userIds)],
  );
  return new Set(rows.map((row) => row.id));
}

/** Which of these groups are super-user groups or descend from one. */
export async function superuserGroupIds(em: EntityManager, groupIds: readonly string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await sql<{ id: string }>(em, `WITH RECURSIVE ${superuserGroupsCte} SELECT id FROM superuser_groups WHERE id = ANY(?::uuid[])`, [textArrayLiteral(groupIds)]);
  return new Set(rows.map((row) => row.id));
}

/** Whether any of these groups is a super-user group or descends from one. */
export async function reachesSuperuser(em: EntityManager, groupIds: readonly string[]): Promise<boolean> {
  return (await superuserGroupIds(em, groupIds)).size > 0;
}
