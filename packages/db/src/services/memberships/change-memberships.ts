/**
 * Who is in which group, changed by one service whichever side the change starts from
 * (`users.addToGroups` / `removeFromGroups` name one user and several groups, `groups.addMembers`
 * / `removeMembers` one group and several users), so the trust rules hold on every path:
 * only a super-user changes the members of a super-user group (or one below it) or the groups of
 * a super-user, and joining a group hands over its roles only to a caller who holds them.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActOnUsers, assertMayChangeMembersOf, assertMayGrantRolesOfGroups } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";

export interface MembershipChange {
  groupIds: readonly string[];
  userIds: readonly string[];
  /** The side the caller names by one id (its page): a missing one there is "not found", a field error on the other side. */
  from: "user" | "group";
}

interface Named {
  id: string;
  name: string;
}

/** The groups and users of the change, locked; a missing one is reported in the caller's terms. */
async function lockParties(em: EntityManager, change: MembershipChange): Promise<{ groups: Map<string, string>; users: Map<string, string> }> {
  const groups = await sql<Named>(em, "SELECT id, name FROM groups WHERE id = ANY(?::uuid[]) ORDER BY id FOR UPDATE", [textArrayLiteral(change.groupIds)]);
  if (groups.length !== new Set(change.groupIds).size) {
    throw change.from === "group" ? AppError.notFound("Group") : AppError.field("groupIds", "One or more of these groups do not exist.");
  }
  const users = await sql<Named>(em, "SELECT id, username AS name FROM users WHERE id = ANY(?::uuid[])", [textArrayLiteral(change.userIds)]);
  if (users.length !== new Set(change.userIds).size) {
    throw change.from === "user" ? AppError.notFound("User") : AppError.field("userIds", groupMessages.usersMissing);
  }
  return { groups: new Map(groups.map((row) => [row.id, row.name])), users: new Map(users.map((row) => [row.id, row.name])) };
}

async function changeMemberships(em: EntityManager, actor: Actor, change: MembershipChange, kind: "added" | "removed"): Promise<number> {
  return em.transactional(async (tx) => {
    const { groups, users } = await lockParties(tx, change);
    await assertMayChangeMembersOf(tx, actor, change.groupIds);
    await assertMayActOnUsers(tx, actor, change.userIds);
    if (kind === "added") await assertMayGrantRolesOfGroups(tx, actor, change.groupIds);
    const pairs = [textArrayLiteral(change.groupIds), textArrayLiteral(change.userIds)];
    const changed =
      kind === "added"
        ? await sql<{ group_id: string; user_id: string }>(
            tx,
            `INSERT INTO group_users (group_id, user_id)
             SELECT g, u FROM unnest(?::uuid[]) AS g CROSS JOIN unnest(?::uuid[]) AS u
             ON CONFLICT DO NOTHING RETURNING group_id, user_id`,
            pairs,
          )
        : await sql<{ group_id: string; user_id: string }>(tx, "DELETE FROM group_users WHERE group_id = ANY(?::uuid[]) AND user_id = ANY(?::uuid[]) RETURNING group_id, user_id", pairs);
    const ordered = changed
      .map((row) => ({ groupId: row.group_id, groupName: groups.get(row.group_id) ?? "", userId: row.user_id, username: users.get(row.user_id) ?? "" }))
      .sort((a, b) => a.groupName.localeCompare(b.groupName) || a.username.localeCompare(b.username));
    for (const row of ordered) {
      await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: row.groupId, name: row.groupName }, { targetUserId: row.userId, members: { [kind]: [row.username] } });
    }
    return changed.length;
  });
}

export function addMemberships(em: EntityManager, actor: Actor, change: MembershipChange): Promise<number> {
  return changeMemberships(em, actor, change, "added");
}

export function removeMemberships(em: EntityManager, actor: Actor, change: MembershipChange): Promise<number> {
  return changeMemberships(em, actor, change, "removed");
}
