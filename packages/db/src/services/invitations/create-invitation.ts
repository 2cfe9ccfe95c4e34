/**
 * `invitations.create`: the invitation and its link, shown once (only the key's hash is kept).
 * The link never reaches an event or a log.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TInvitationCreate, TInvitationWithLink } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { invitationLink, newInvitationKey } from "./invitation-keys.js";
import { getInvitation } from "./invitation-row.js";
import { assertFutureExpiry, vouchedFixedData, enrollmentFlowId, invitationUniqueViolation } from "./invitation-rules.js";

export async function createInvitation(em: EntityManager, actor: Actor, input: TInvitationCreate, publicUrl: URL): Promise<TInvitationWithLink> {
  const { id, key } = await em
    .transactional(async (tx) => {
      assertFutureExpiry(input.expires);
      const flowId = await enrollmentFlowId(tx, input.flowId);
      const fixedData = await vouchedFixedData(tx, actor, input.fixedData);
      const invitationId = newId();
      await sql(
        tx,
        `INSERT INTO invitations (id, name, flow_id, expires, single_use, fixed_data, notify_creator, created_by_id, fixed_data_by_id) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
        [invitationId, input.name, flowId, input.expires, input.singleUse, JSON.stringify(fixedData), input.notifyCreator, actor.userId, actor.userId],
      );
      const fields = { ...input, flowId };
      await recordModelEvent(tx, actor, "model_created", { model: "invitation", pk: invitationId, name: input.name }, { fields });
      return { id: invitationId, key: await newInvitationKey(tx, invitationId, "link") };
    })
    .catch((error: unknown) => {
      throw invitationUniqueViolation(error);
    });
  const invitation = await getInvitation(em, id);
  return { ...invitation, link: invitationLink(publicUrl, invitation.flow.slug, key) };
}
