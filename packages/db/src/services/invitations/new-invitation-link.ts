/** `invitations.newLink`: a new link that replaces the previous one (emailed links keep working). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationMessages, type Actor } from "@roster/core";
import { recordModelEvent } from "../events/record-model-event.js";
import { invitationLink, newInvitationKey } from "./invitation-keys.js";
import { lockUsableInvitation } from "./lock-invitation.js";

export async function newInvitationLink(em: EntityManager, actor: Actor, id: string, publicUrl: URL): Promise<{ link: string }> {
  return em.transactional(async (tx) => {
    const invitation = await lockUsableInvitation(tx, id);
    if (!invitation.usable) throw new AppError("BAD_REQUEST", invitationMessages.expiredOrUsed);
    const key = await newInvitationKey(tx, id, "link");
    // The event says a link was replaced, never which: the key is the secret.
    await recordModelEvent(tx, actor, "model_updated", { model: "invitation", pk: id, name: invitation.name }, { replaced: "the invitation's link" });
    return { link: invitationLink(publicUrl, invitation.flowSlug, key) };
  });
}
