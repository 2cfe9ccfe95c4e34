import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, groupMessages, type Actor, type TGroup, type TGroupCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { getGroup } from "./get-group.js";
import { assertMayGrantRoles, reachesSuperuser } from "../authorization/index.js";
import { assertUniqueGroupName, groupUniqueViolation, namedRows, replaceGroupParents, replaceGroupRoles } from "./group-relations.js";

export async function createGroup(em: EntityManager, actor: Actor, input: TGroupCreate): Promise<TGroup> {
  const superuser = actor.permissions.isSuperuser;
  if (input.isSuperuser && !superuser) throw AppError.forbidden(groupMessages.superuserFlag);
  const id = await em
    .transactional(async (tx) => {
      await assertUniqueGroupName(tx, input.name, null);
      const parents = await namedRows(tx, "groups", input.parents, "parents");
      const roles = await namedRows(tx, "roles", input.roles, "roles");
      await assertMayGrantRoles(tx, actor, input.roles);
      if (!superuser && (await reachesSuperuser(tx, input.parents))) throw AppError.forbidden(groupMessages.superuserParent);
      const groupId = newId();
      await sql(tx, "INSERT INTO groups (id, name, is_superuser, attributes) VALUES (?, ?, ?, ?::jsonb)", [groupId, input.name, input.isSuperuser, JSON.stringify(input.attributes)]);
      await replaceGroupParents(tx, groupId, input.parents);
      await replaceGroupRoles(tx, groupId, input.roles);
      await recordModelEvent(tx, actor, "model_created", { model: "group", pk: groupId, name: input.name }, {
        fields: { name: input.name, isSuperuser: input.isSuperuser, attributes: input.attributes, parents: parents.map((row) => row.name), roles: roles.map((row) => row.name) },
      });
      return groupId;
    })
    .catch((error: unknown) => {
      throw groupUniqueViolation(error);
    });
  return getGroup(em, id);
}
