/**
 * Changes a group's fields and, when given, replaces its parents or roles. Changing the
 * super-user flag, moving the group into or out of a super-user group's reach, and renaming or
 * changing the roles of a group within that reach are for super-users only: a delegated admin
 * must not be able to mint super-users, nor make configuration that names groups mean another.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, type Actor, type TGroup, type TGroupUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getGroup } from "./get-group.js";
import { assertMayGrantRoles, assertMayGrantRolesOfGroups, reachesSuperuser } from "../authorization/index.js";
import { assertNoCycle, lockGroupHierarchy } from "./group-hierarchy.js";
import { assertUniqueGroupName, currentRelations, groupUniqueViolation, namedRows, replaceGroupParents, replaceGroupRoles } from "./group-relations.js";

interface GroupFields {
  name: string;
  isSuperuser: boolean;
  attributes: Record<string, unknown>;
}

export async function updateGroup(em: EntityManager, actor: Actor, input: TGroupUpdate): Promise<TGroup> {
  const { id, parents, roles, ...fields } = input;
  const superuser = actor.permissions.isSuperuser;
  await em
    .transactional(async (tx) => {
      if (parents) await lockGroupHierarchy(tx);
      const rows = await sql<GroupFields>(tx, `SELECT name, is_superuser AS "isSuperuser", attributes FROM groups WHERE id = ? FOR UPDATE`, [id]);
      const group = rows[0];
      if (!group) throw AppError.notFound("Group");
      if (fields.isSuperuser !== undefined && fields.isSuperuser !== group.isSuperuser && !superuser) throw AppError.forbidden(groupMessages.superuserFlag);
      const renamed = fields.name !== undefined && fields.name !== group.name;
      const withinSuperuser = !superuser && (renamed || roles !== undefined) && (await reachesSuperuser(tx, [id]));
      if (withinSuperuser && renamed) throw AppError.forbidden(groupMessages.superuserRename);
      if (renamed) await assertUniqueGroupName(tx, fields.name ?? "", id);
      const changes = changedFields(group, fields);
      const before = await currentRelations(tx, id);

      if (parents) {
        const named = await namedRows(tx, "groups", parents, "parents");
        const names = named.map((row) => row.name);
        await assertNoCycle(tx, id, parents);
        if (JSON.stringify(names) !== JSON.stringify(before.parents)) {
          if (!superuser && (await reachesSuperuser(tx, [id]))) throw AppError.forbidden(groupMessages.superuserParentRemove);
          if (!superuser && (await reachesSuperuser(tx, parents))) throw AppError.forbidden(groupMessages.superuserParent);
          await assertMayGrantRolesOfGroups(tx, actor, parents);
          changes.parents = { from: before.parents, to: names };
        }
        await replaceGroupParents(tx, id, parents);
      }
      if (roles) {
        const names = (await namedRows(tx, "roles", roles, "roles")).map((row) => row.name);
        if (withinSuperuser && JSON.stringify(names) !== JSON.stringify(before.roles)) throw AppError.forbidden(groupMessages.superuserRoles);
        await assertMayGrantRoles(tx, actor, await rolesNotYetHeld(tx, id, roles));
        if (JSON.stringify(names) !== JSON.stringify(before.roles)) changes.roles = { from: before.roles, to: names };
        await replaceGroupRoles(tx, id, roles);
      }
      await sql(tx, "UPDATE groups SET name = coalesce(?, name), is_superuser = coalesce(?, is_superuser), attributes = coalesce(?::jsonb, attributes) WHERE id = ?", [
        fields.name ?? null,
        fields.isSuperuser ?? null,
        fields.attributes ? JSON.stringify(fields.attributes) : null,
        id,
      ]);
      if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "group", pk: id, name: fields.name ?? group.name }, { changes });
    })
    .catch((error: unknown) => {
      throw groupUniqueViolation(error);
    });
  return getGroup(em, id);
}

/** The roles of `roleIds` that the group does not have yet: only those are granted by the change. */
async function rolesNotYetHeld(em: EntityManager, groupId: string, roleIds: readonly string[]): Promise<string[]> {
  const rows = await sql<{ role_id: string }>(em, "SELECT role_id FROM group_roles WHERE group_id = ?", [groupId]);
  const held = new Set(rows.map((row) => row.role_id));
  return roleIds.filter((roleId) => !held.has(roleId));
}
