/** Rules of the group hierarchy that need no database: messages and cycle finding. */

export const groupMessages = {
  nameTaken: "A group with this name already exists.",
  parentsMissing: "One or more of these parent groups do not exist.",
  rolesMissing: "One or more of these roles do not exist.",
  ownParent: "A group cannot be its own parent.",
  superuserFlag: "Only a super-user can change whether a group is a super-user group.",
  superuserParent: "Only a super-user can place a group under a super-user group.",
  superuserParentRemove: "Only a super-user can change the parents of a super-user group or of a group inside one.",
  superuserMembers: "Only a super-user can change the members of a super-user group or of a group inside one.",
  superuserRename: "Only a super-user can rename a super-user group or a group inside one.",
  superuserRoles: "Only a super-user can change the roles of a super-user group or of a group inside one.",
  superuserDelete: "Only a super-user can delete a super-user group or a group inside one.",
  usersMissing: "One or more of these users do not exist.",
} as const;

/** An edge of the hierarchy: `parentId` is a parent of `groupId`. */
export interface TGroupEdge {
  groupId: string;
  parentId: string;
}

/**
 * The chain of ids that giving `groupId` these parents would close into a cycle, from the group
 * through its new parent and that parent's ancestors back to the group (`[g, p, …, g]`), or null
 * when there is none. `edges` must hold at least every ancestor edge of the new parents.
 */
export function findParentCycle(groupId: string, parentIds: readonly string[], edges: readonly TGroupEdge[]): string[] | null {
  const parentsOf = new Map<string, string[]>();
  for (const edge of edges) {
    const list = parentsOf.get(edge.groupId) ?? [];
    list.push(edge.parentId);
    parentsOf.set(edge.groupId, list);
  }
  for (const parentId of parentIds) {
    // Breadth-first from the new parent upwards, so the cycle named is a shortest one.
    const previous = new Map<string, string | null>([[parentId, null]]);
    const queue = [parentId];
    while (queue.length > 0) {
      const current = queue.shift() ?? "";
      if (current === groupId) {
        const upwards: string[] = [];
        for (let step: string | null | undefined = current; step; step = previous.get(step)) upwards.push(step);
        return [groupId, ...upwards.reverse()];
      }
      for (const next of parentsOf.get(current) ?? []) {
        if (!previous.has(next)) {
          previous.set(next, current);
          queue.push(next);
        }
      }
    }
  }
  return null;
}

/** "This would create a cycle: "a" → "b" → "a". A group cannot be its own ancestor." */
export function cycleMessage(names: readonly string[]): string {
  return `This would create a cycle: ${names.map((name) => `"${name}"`).join(" → ")}. A group cannot be its own ancestor.`;
}
