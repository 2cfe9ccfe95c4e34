/** A group's direct members: a keyset page by username, add, remove. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, decodeCursor, encodeCursor, groupMessages, textArrayLiteral, type Actor, type TGroupMember } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { reachesSuperuser } from "./group-hierarchy.js";

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

/** The group, locked for the change; refused to a non-super-user when it confers super-user. */
async function groupForMembershipChange(em: EntityManager, actor: Actor, groupId: string): Promise<string> {
  const rows = await sql<{ name: string }>(em, "SELECT name FROM groups WHERE id = ? FOR UPDATE", [groupId]);
  if (!rows[0]) throw AppError.notFound("Group");
  if (!actor.permissions.isSuperuser && (await reachesSuperuser(em, [groupId]))) throw AppError.forbidden(groupMessages.superuserMembers);
  return rows[0].name;
}

export async function addGroupMembers(em: EntityManager, actor: Actor, groupId: string, userIds: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const name = await groupForMembershipChange(tx, actor, groupId);
    const users = await sql<{ id: string }>(tx, "SELECT id FROM users WHERE id = ANY(?::uuid[])", [textArrayLiteral(userIds)]);
    if (users.length !== new Set(userIds).size) throw AppError.field("userIds", groupMessages.usersMissing);
    const added = await sql<{ id: string; username: string }>(
      tx,
      `WITH added AS (
         INSERT INTO group_users (group_id, user_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING user_id
       )
       SELECT u.id, u.username FROM added JOIN users u ON u.id = added.user_id ORDER BY u.username`,
      [groupId, textArrayLiteral(userIds)],
    );
    for (const user of added) {
      await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: groupId, name }, { targetUserId: user.id, members: { added: [user.username] } });
    }
    return added.length;
  });
}

export async function removeGroupMembers(em: EntityManager, actor: Actor, groupId: string, userIds: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const name = await groupForMembershipChange(tx, actor, groupId);
    const removed = await sql<{ id: string; username: string }>(
      tx,
      `DELETE FROM group_users gu USING users u
        WHERE gu.group_id = ? AND gu.user_id = ANY(?::uuid[]) AND u.id = gu.user_id RETURNING u.id, u.username`,
      [groupId, textArrayLiteral(userIds)],
    );
    for (const user of removed) {
      await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: groupId, name }, { targetUserId: user.id, members: { removed: [user.username] } });
    }
    return removed.length;
  });
}
