/** Binds a user or a group to an application; left without an order, it goes after the last binding. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TPolicyBinding, type TPolicyBindingCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { bindingEventRef, bindingViolation, getBinding } from "./binding-row.js";
import { assertSubjectExists } from "./binding-subject.js";

export async function createBinding(em: EntityManager, actor: Actor, input: TPolicyBindingCreate): Promise<TPolicyBinding> {
  const id = newId();
  await em
    .transactional(async (tx) => {
      // Locking the application orders concurrent creates, so that "after the last" stays true.
      const applications = await sql<{ next_order: number }>(
        tx,
        `SELECT coalesce((SELECT max("order") + 10 FROM policy_bindings WHERE application_id = a.id), 0) AS next_order FROM applications a WHERE a.id = ? FOR UPDATE`,
        [input.applicationId],
      );
      const application = applications[0];
      if (!application) throw AppError.notFound("Application");
      await assertSubjectExists(tx, input);
      await sql(tx, `INSERT INTO policy_bindings (id, application_id, user_id, group_id, "order", negate, enabled) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
        id,
        input.applicationId,
        input.userId ?? null,
        input.groupId ?? null,
        input.order ?? application.next_order,
        input.negate,
        input.enabled,
      ]);
      const { ref, application: target, targetUserId } = await bindingEventRef(tx, id);
      await recordModelEvent(tx, actor, "model_created", ref, { application: target, targetUserId, fields: { order: input.order ?? application.next_order, negate: input.negate, enabled: input.enabled } });
    })
    .catch((error: unknown) => {
      throw bindingViolation(error);
    });
  return getBinding(em, id);
}
