/**
 * `invitations.send`: emails a link to the invitation, through the worker's send-email job
 * (queued in this transaction). The emailed key is its own: the admin's link keeps working.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationMessages, type Actor, type TInvitationSend } from "@roster/core";
import { getActiveBrand } from "../brands/active-brand.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { queueEmail } from "../mail/queue-email.js";
import { invitationEmail } from "../mail/templates/invitation.js";
import { invitationLink, newInvitationKey } from "./invitation-keys.js";
import { lockUsableInvitation } from "./lock-invitation.js";

export async function sendInvitation(em: EntityManager, actor: Actor, input: TInvitationSend, options: { host: string; publicUrl: URL }): Promise<void> {
  await em.transactional(async (tx) => {
    const invitation = await lockUsableInvitation(tx, input.id);
    if (!invitation.usable) throw new AppError("BAD_REQUEST", invitationMessages.expiredOrUsed);
    const key = await newInvitationKey(tx, invitation.id, "email");
    const brand = await getActiveBrand(tx, options.host);
    const messageId = await queueEmail(tx, invitationEmail({ to: input.email, brandTitle: brand?.title ?? "Roster", link: invitationLink(options.publicUrl, invitation.flowSlug, key), expires: invitation.expires === null ? null : new Date(invitation.expires) }));
    await recordModelEvent(tx, actor, "model_updated", { model: "invitation", pk: invitation.id, name: invitation.name }, { emailedTo: input.email, messageId });
  });
}
