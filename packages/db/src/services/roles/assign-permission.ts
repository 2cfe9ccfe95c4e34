/** roles.assignPermission: rule 3 of SPEC §9, the caller grants only what they hold. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, checkPermissionGrant, missingObjectMessage, type Actor, type TPermissionGrantInput, type TRolePermission } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { assertMayGrantPermission } from "../authorization/index.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { permissionObjectExists } from "./permission-objects.js";
import { describeGrant, grantParams, matchesGrant, roleName, toRolePermissions, type GrantRow } from "./role-grants.js";

/** Grants a permission; granting one the role already holds changes nothing and returns it. */
export async function assignPermission(em: EntityManager, actor: Actor, input: TPermissionGrantInput): Promise<TRolePermission> {
  const grant = checkPermissionGrant(input);
  assertMayGrantPermission(actor, describeGrant(grant));
  return em.transactional(async (tx) => {
    const name = await roleName(tx, input.roleId, true);
    if (grant.object && !(await permissionObjectExists(tx, grant.object.type, grant.object.id))) {
      throw AppError.field("objectId", missingObjectMessage(grant.object.type));
    }
    const inserted = await sql<{ id: string }>(
      tx,
      "INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
      [newId(), ...grantParams(input.roleId, grant)],
    );
    if (inserted.length > 0) {
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: input.roleId, name }, { permissions: { added: [describeGrant(grant)] } });
    }
    const rows = await sql<GrantRow>(tx, `SELECT id, codename, object_type, object_id FROM role_permissions WHERE ${matchesGrant}`, grantParams(input.roleId, grant));
    const [permission] = await toRolePermissions(tx, rows);
    if (!permission) throw new AppError("INTERNAL_SERVER_ERROR", "The permission was not saved.");
    return permission;
  });
}
