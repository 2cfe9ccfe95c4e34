/** Changes a binding's order, negate or enabled, or moves it to another user or group. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TPolicyBinding, type TPolicyBindingUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { bindingEventRef, bindingViolation, getBinding } from "./binding-row.js";
import { assertSubjectExists } from "./binding-subject.js";

interface BindingFields {
  userId: string | null;
  groupId: string | null;
  order: number;
  negate: boolean;
  enabled: boolean;
}

export async function updateBinding(em: EntityManager, actor: Actor, input: TPolicyBindingUpdate): Promise<TPolicyBinding> {
  const { id, ...fields } = input;
  await em
    .transactional(async (tx) => {
      const rows = await sql<BindingFields>(tx, `SELECT user_id AS "userId", group_id AS "groupId", "order", negate, enabled FROM policy_bindings WHERE id = ? FOR UPDATE`, [id]);
      const before = rows[0];
      if (!before) throw AppError.notFound("Binding");
      await assertSubjectExists(tx, fields);
      // Naming a user moves the binding off its group, and the other way round.
      const subject = fields.userId ? { userId: fields.userId, groupId: null } : fields.groupId ? { userId: null, groupId: fields.groupId } : {};
      const after = { ...fields, ...subject };
      const changes = changedFields(before, after);
      if (Object.keys(changes).length === 0) return;
      const next = { ...before, ...after };
      await sql(tx, `UPDATE policy_bindings SET user_id = ?, group_id = ?, "order" = ?, negate = ?, enabled = ? WHERE id = ?`, [next.userId, next.groupId, next.order, next.negate, next.enabled, id]);
      const { ref, application, targetUserId } = await bindingEventRef(tx, id);
      await recordModelEvent(tx, actor, "model_updated", ref, { application, targetUserId: targetUserId ?? before.userId, changes });
    })
    .catch((error: unknown) => {
      throw bindingViolation(error);
    });
  return getBinding(em, id);
}
