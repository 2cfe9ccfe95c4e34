/**
 * The super-user group tree, written once: a user is a super-user when a group they are in, or
 * an ancestor of one, is a super-user group; a group confers super-user when it or an ancestor
 * is one. Both walk the same recursive query from a different seed.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

/** `seed` selects (origin, group_id) pairs; the answer is the origins that reach a super-user group. */
async function originsReachingSuperuser(em: EntityManager, seed: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await sql<{ origin: string }>(
    em,
    `WITH RECURSIVE tree (origin, group_id) AS (
       ${seed}
       UNION
       SELECT t.origin, gp.parent_id FROM tree t JOIN group_parents gp ON gp.group_id = t.group_id
     )
     SELECT DISTINCT t.origin FROM tree t JOIN groups g ON g.id = t.group_id WHERE g.is_superuser`,
    [textArrayLiteral(ids)],
  );
  return new Set(rows.map((row) => row.origin));
}

/** Which of these users are super-users. */
export function superuserIds(em: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  return originsReachingSuperuser(em, "SELECT user_id, group_id FROM group_users WHERE user_id = ANY(?::uuid[])", userIds);
}

/** Which of these groups are super-user groups or descend from one. */
export function superuserGroupIds(em: EntityManager, groupIds: readonly string[]): Promise<Set<string>> {
  return originsReachingSuperuser(em, "SELECT id, id FROM groups WHERE id = ANY(?::uuid[])", groupIds);
}

/** Whether any of these groups is a super-user group or descends from one. */
export async function reachesSuperuser(em: EntityManager, groupIds: readonly string[]): Promise<boolean> {
  return (await superuserGroupIds(em, groupIds)).size > 0;
}
