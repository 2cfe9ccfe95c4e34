/**
 * Checks on the group hierarchy: no group may become its own ancestor. (Who may move groups
 * into or out of a super-user group's reach is a trust rule: see services/authorization/.)
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, cycleMessage, findParentCycle, groupMessages, textArrayLiteral, type TGroupEdge } from "@roster/core";
import { sql } from "../../sql.js";

/** Serialises hierarchy changes, so that two concurrent updates cannot close a cycle together. */
export async function lockGroupHierarchy(em: EntityManager): Promise<void> {
  await sql(em, "SELECT pg_advisory_xact_lock(727002)");
}

export async function assertNoCycle(em: EntityManager, groupId: string, parentIds: readonly string[]): Promise<void> {
  if (parentIds.includes(groupId)) throw AppError.field("parents", groupMessages.ownParent);
  if (parentIds.length === 0) return;
  const edges = await sql<TGroupEdge>(
    em,
    `WITH RECURSIVE up AS (
       SELECT group_id, parent_id FROM group_parents WHERE group_id = ANY(?::uuid[])
       UNION
       SELECT gp.group_id, gp.parent_id FROM group_parents gp JOIN up ON gp.group_id = up.parent_id
     )
     SELECT group_id AS "groupId", parent_id AS "parentId" FROM up`,
    [textArrayLiteral(parentIds)],
  );
  const cycle = findParentCycle(groupId, parentIds, edges);
  if (!cycle) return;
  const names = await sql<{ id: string; name: string }>(em, "SELECT id, name FROM groups WHERE id = ANY(?::uuid[])", [textArrayLiteral(cycle)]);
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  throw AppError.field("parents", cycleMessage(cycle.map((id) => nameOf.get(id) ?? id)));
}
