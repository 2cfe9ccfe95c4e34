/** roles.unassignPermission: revokes one grant of a role. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { checkPermissionGrant, type Actor, type TPermissionGrantInput } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { describeGrant, grantParams, matchesGrant, roleName } from "./role-grants.js";

export async function unassignPermission(em: EntityManager, actor: Actor, input: TPermissionGrantInput): Promise<number> {
  const grant = checkPermissionGrant(input);
  return em.transactional(async (tx) => {
    const name = await roleName(tx, input.roleId, true);
    const removed = await sql(tx, `DELETE FROM role_permissions WHERE ${matchesGrant} RETURNING id`, grantParams(input.roleId, grant));
    if (removed.length > 0) {
      await recordModelEvent(tx, actor, "model_updated", { model: "role", pk: input.roleId, name }, { permissions: { removed: [describeGrant(grant)] } });
    }
    return removed.length;
  });
}
