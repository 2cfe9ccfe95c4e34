import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TRole, type TRoleUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getRole } from "./get-role.js";
import { assertUniqueRoleName, roleUniqueViolation } from "./role-name.js";

export async function updateRole(em: EntityManager, actor: Actor, input: TRoleUpdate): Promise<TRole> {
  const { id, ...fields } = input;
  await em
    .transactional(async (tx) => {
      const rows = await sql<{ name: string }>(tx, "SELECT name FROM roles WHERE id = ? FOR UPDATE", [id]);
      const role = rows[0];
      if (!role) throw AppError.notFound("Role");
      const changes = changedFields(role, fields);
      if (Object.keys(changes).length === 0) return;
      if (fields.name !== undefined) await assertUniqueRoleName(tx, fields.name, id);
      await sql(tx, "UPDATE roles SET name = coalesce(?, name) WHERE id = ?", [fields.name ?? null, id]);
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: id, name: fields.name ?? role.name }, { changes });
    })
    .catch((error: unknown) => {
      throw roleUniqueViolation(error);
    });
  return getRole(em, id);
}
