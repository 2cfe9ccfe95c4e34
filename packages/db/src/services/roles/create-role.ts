import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TRole, TRoleCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { getRole } from "./get-role.js";
import { assertUniqueRoleName, roleUniqueViolation } from "./role-name.js";

export async function createRole(em: EntityManager, actor: Actor, input: TRoleCreate): Promise<TRole> {
  const id = await em
    .transactional(async (tx) => {
      await assertUniqueRoleName(tx, input.name, null);
      const roleId = newId();
      await sql(tx, "INSERT INTO roles (id, name) VALUES (?, ?)", [roleId, input.name]);
      await recordModelEvent(tx, actor, "model_created", { model: "role", pk: roleId, name: input.name }, { fields: { name: input.name } });
      return roleId;
    })
    .catch((error: unknown) => {
      throw roleUniqueViolation(error);
    });
  return getRole(em, id);
}
