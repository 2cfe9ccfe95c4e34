/**
 * The first stage of an enrollment flow: the invitation the link opened (see
 * invitations/enter-with-invitation.ts) must still be usable. Without one, the flow goes on only
 * when the stage allows open sign-up.
 */
import { invitationMessages, ZInvitationSettings } from "@roster/core";
import { sql } from "../../../sql.js";
import { next, type StageHandler } from "../stage-handler.js";

export const invitationStage: StageHandler = {
  async run({ em, stage, subject }) {
    const settings = ZInvitationSettings.parse(stage.settings);
    const entry = subject.entry;
    if (entry?.kind !== "invitation") return settings.continueWithoutInvitation ? next : { kind: "finish", result: { type: "denied", message: invitationMessages.required } };
    const rows = await sql(em, "SELECT 1 FROM invitations WHERE id = ? AND NOT (single_use AND used_at IS NOT NULL) AND (expires IS NULL OR expires > now())", [entry.invitationId]);
    if (!rows[0]) return { kind: "finish", result: { type: "denied", message: invitationMessages.expiredOrUsed } };
    return next;
  },
};
