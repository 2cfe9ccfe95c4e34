/** A user's direct group memberships: list, add, remove. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export interface UserGroupRow {
  id: string;
  name: string;
  isSuperuser: boolean;
  parents: string[];
}

export async function listUserGroups(em: EntityManager, userId: string): Promise<UserGroupRow[]> {
  return sql<UserGroupRow>(
    em,
    `SELECT g.id, g.name, g.is_superuser AS "isSuperuser",
            coalesce((SELECT array_agg(p.name ORDER BY p.name) FROM group_parents gp JOIN groups p ON p.id = gp.parent_id WHERE gp.group_id = g.id), '{}') AS parents
       FROM group_users gu JOIN groups g ON g.id = gu.group_id
      WHERE gu.user_id = ? ORDER BY g.name`,
    [userId],
  );
}

async function userName(em: EntityManager, userId: string): Promise<string> {
  const rows = await sql<{ username: string }>(em, "SELECT username FROM users WHERE id = ?", [userId]);
  if (!rows[0]) throw AppError.notFound("User");
  return rows[0].username;
}

export async function addUserToGroups(em: EntityManager, actor: Actor, userId: string, groupIds: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const username = await userName(tx, userId);
    const groups = await sql<{ id: string; name: string }>(tx, "SELECT id, name FROM groups WHERE id = ANY(?::uuid[])", [textArrayLiteral(groupIds)]);
    if (groups.length !== new Set(groupIds).size) throw AppError.field("groupIds", "One or more of these groups do not exist.");
    const added = await sql<{ group_id: string }>(
      tx,
      "INSERT INTO group_users (group_id, user_id) SELECT unnest(?::uuid[]), ? ON CONFLICT DO NOTHING RETURNING group_id",
      [textArrayLiteral(groupIds), userId],
    );
    for (const row of added) {
      const group = groups.find((candidate) => candidate.id === row.group_id);
      await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: row.group_id, name: group?.name ?? "" }, { targetUserId: userId, members: { added: [username] } });
    }
    return added.length;
  });
}

export async function removeUserFromGroups(em: EntityManager, actor: Actor, userId: string, groupIds: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const username = await userName(tx, userId);
    const removed = await sql<{ group_id: string; name: string }>(
      tx,
      `DELETE FROM group_users gu USING groups g
        WHERE gu.user_id = ? AND gu.group_id = ANY(?::uuid[]) AND g.id = gu.group_id RETURNING gu.group_id, g.name`,
      [userId, textArrayLiteral(groupIds)],
    );
    for (const row of removed) {
      await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: row.group_id, name: row.name }, { targetUserId: userId, members: { removed: [username] } });
    }
    return removed.length;
  });
}
