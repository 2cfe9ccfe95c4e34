/**
 * Sends the pending user a link that continues this flow, then asks them to check their inbox.
 * Nothing tells the visitor whether the account exists, has an address, or was already sent as
 * many emails as the recovery-email limits allow. Skipped when the flow was entered through such
 * a link.
 */
import { User } from "../../../entities/user.js";
import { getActiveBrand } from "../../brands/active-brand.js";
import { sendRecoveryMessage } from "../../recovery/send-recovery-message.js";
import type { StageHandler } from "../stage-handler.js";
import { enteredViaToken } from "./via-token.js";

export const checkInboxMessage = "If an account matches, we sent an email with a link to continue. Check your inbox.";

export const emailStage: StageHandler = {
  skip: enteredViaToken,

  async challenge(context) {
    const { em, state, flow, stage, origin, publicUrl } = context;
    if (state.data.emailSent !== true) {
      state.data = { ...state.data, emailSent: true };
      const user = state.userId ? await em.findOne(User, { id: state.userId }) : null;
      if (user?.isActive && user.email) {
        const brand = await getActiveBrand(em, origin.brand);
        await sendRecoveryMessage(em, { user, flowSlug: flow.slug, emailStageSettings: stage.settings, brandTitle: brand?.title ?? "Roster", publicUrl });
      }
    }
    return { message: checkInboxMessage };
  },

  respond: () => Promise.resolve({ kind: "retry" }),
};
