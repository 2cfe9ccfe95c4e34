/** `invitations.update`: changes an invitation; its link stays the same. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TInvitation, type TInvitationFixedData, type TInvitationUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getInvitation } from "./invitation-row.js";
import { assertFutureExpiry, enrollmentFlowId, vouchedFixedData, invitationUniqueViolation } from "./invitation-rules.js";

interface InvitationFields {
  name: string;
  flowId: string;
  expires: string | null;
  singleUse: boolean;
  fixedData: TInvitationFixedData;
  notifyCreator: boolean;
}

export async function updateInvitation(em: EntityManager, actor: Actor, input: TInvitationUpdate): Promise<TInvitation> {
  const { id, ...fields } = input;
  await em
    .transactional(async (tx) => {
      const rows = await sql<InvitationFields>(
        tx,
        `SELECT name, flow_id AS "flowId", to_json(expires) #>> '{}' AS expires, single_use AS "singleUse", fixed_data AS "fixedData", notify_creator AS "notifyCreator"
           FROM invitations WHERE id = ? FOR UPDATE`,
        [id],
      );
      const before = rows[0];
      if (!before) throw AppError.notFound("Invitation");
      assertFutureExpiry(fields.expires);
      const flowId = fields.flowId === undefined ? before.flowId : await enrollmentFlowId(tx, fields.flowId);
      // Whoever changes what the new user gets vouches for it, as the creator did.
      const fixedData = fields.fixedData === undefined ? undefined : await vouchedFixedData(tx, actor, fields.fixedData);
      const after: InvitationFields = {
        name: fields.name ?? before.name,
        flowId,
        expires: fields.expires === undefined ? before.expires : fields.expires,
        singleUse: fields.singleUse ?? before.singleUse,
        fixedData: fixedData ?? before.fixedData,
        notifyCreator: fields.notifyCreator ?? before.notifyCreator,
      };
      const changes = changedFields(before, { ...fields, flowId, fixedData, expires: fields.expires === undefined ? undefined : after.expires });
      await sql(
        tx,
        `UPDATE invitations SET name = ?, flow_id = ?, expires = ?::timestamptz, single_use = ?, fixed_data = ?::jsonb, notify_creator = ?${fields.fixedData === undefined ? "" : ", fixed_data_by_id = ?"} WHERE id = ?`,
        [after.name, after.flowId, after.expires, after.singleUse, JSON.stringify(after.fixedData), after.notifyCreator, ...(fields.fixedData === undefined ? [] : [actor.userId]), id],
      );
      if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "invitation", pk: id, name: after.name }, { changes });
    })
    .catch((error: unknown) => {
      throw invitationUniqueViolation(error);
    });
  return getInvitation(em, id);
}
