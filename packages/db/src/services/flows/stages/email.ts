/**
 * Sends the pending user a link that continues this flow, then asks them to check their inbox.
 * Nothing tells the visitor whether the account exists, has an address, or was already sent as
 * many emails as the recovery-email limits allow — neither the answer nor its timing: the
 * executor holds the answer back until a fixed time after the request began. Skipped when the
 * flow was entered through such a link.
 */
import { User } from "../../../entities/user.js";
import { getActiveBrand } from "../../brands/active-brand.js";
import { sendRecoveryMessage } from "../../recovery/send-recovery-message.js";
import { flowMessages } from "../flow-messages.js";
import type { StageHandler } from "../stage-handler.js";

/** Longer than sending takes, so that the answer's timing says nothing about the account. */
export const recoveryAnswerMs = 400;

export const emailStage: StageHandler = {
  skip: ({ subject }) => subject.enteredWithRecoveryKey,

  async challenge(context) {
    const { em, subject, scratch, flow, stage, origin, publicUrl, effects } = context;
    if (scratch.emailSent !== true) {
      scratch.emailSent = true;
      effects.answerAfterMs = recoveryAnswerMs;
      const user = subject.pendingUserId ? await em.findOne(User, { id: subject.pendingUserId }) : null;
      if (user?.isActive && user.email) {
        const brand = await getActiveBrand(em, origin.brand);
        await sendRecoveryMessage(em, { user, flowSlug: flow.slug, emailStageSettings: stage.settings, brandTitle: brand?.title ?? "Roster", publicUrl });
      }
    }
    return { message: flowMessages.checkInbox };
  },

  respond: () => Promise.resolve({ kind: "retry" }),
};
