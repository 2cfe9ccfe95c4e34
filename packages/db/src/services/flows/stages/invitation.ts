/**
 * The first stage of an enrollment flow: the invitation the link opened (see
 * invitations/enter-with-invitation.ts) must still be usable, and its fixed data is loaded for
 * `user_write`. Without one, the flow goes on only when the stage allows open sign-up.
 */
import { invitationMessages, ZInvitationSettings } from "@roster/core";
import { sql } from "../../../sql.js";
import { next, type StageHandler } from "../stage-handler.js";

export const invitationStage: StageHandler = {
  async run({ em, stage, state }) {
    const settings = ZInvitationSettings.parse(stage.settings);
    const invitationId = typeof state.data.invitationId === "string" ? state.data.invitationId : null;
    if (!invitationId) return settings.continueWithoutInvitation ? next : { kind: "finish", result: { type: "denied", message: invitationMessages.required } };
    const rows = await sql<{ fixed_data: Record<string, unknown> }>(
      em,
      "SELECT fixed_data FROM invitations WHERE id = ? AND NOT (single_use AND used_at IS NOT NULL) AND (expires IS NULL OR expires > now())",
      [invitationId],
    );
    if (!rows[0]) return { kind: "finish", result: { type: "denied", message: invitationMessages.expiredOrUsed } };
    state.data = { ...state.data, fixedData: rows[0].fixed_data };
    return next;
  },
};
