/**
 * Checks on the group hierarchy: no group may become its own ancestor. (Who may move groups
 * into or out of a super-user group's reach is a trust rule: see services/authorization/.)
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, cycleMessage, findParentCycle, groupMessages, textArrayLiteral, type TGroupEdge } from "@roster/core";
import { sql } from "../../sql.js";
import { groupAncestorsCte } from "./group-tree.js";

/** Serialises hierarchy changes, so that two concurrent updates cannot close a cycle together. */
export async function lockGroupHierarchy(em: EntityManager): Promise<void> {
  await sql(em, "SELECT pg_advisory_xact_lock(727002)");
}

export async function assertNoCycle(em: EntityManager, groupId: string, parentIds: readonly string[]): Promise<void> {
  if (parentIds.includes(groupId)) throw AppError.field("parents", groupMessages.ownParent);
  if (parentIds.length === 0) return;
  const edges = await sql<TGroupEdge>(
    em,
    `WITH RECURSIVE ${groupAncestorsCte("up", "a", "SELECT unnest(?::uuid[])")}
     SELECT gp.group_id AS "groupId", gp.parent_id AS "parentId" FROM group_parents gp WHERE gp.group_id IN (SELECT group_id FROM up)`,
    [textArrayLiteral(parentIds)],
  );
  const cycle = findParentCycle(groupId, parentIds, edges);
  if (!cycle) return;
  const names = await sql<{ id: string; name: string }>(em, "SELECT id, name FROM groups WHERE id = ANY(?::uuid[])", [textArrayLiteral(cycle)]);
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  throw AppError.field("parents", cycleMessage(cycle.map((id) => nameOf.get(id) ?? id)));
}
