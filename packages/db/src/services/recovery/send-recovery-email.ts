/**
 * users.sendRecoveryEmail: checks, in this order, that the user has an email address, that the
 * active brand has a recovery flow, and that the flow has an email stage; then queues the email,
 * or says which recovery-email limit it would break.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor } from "@roster/core";
import { User } from "../../entities/user.js";
import { assertMayTakeOver } from "../authorization/index.js";
import { recordEvent } from "../events/record-event.js";
import { activeRecoveryFlow, recoveryMessages } from "./recovery-flow.js";
import { sendRecoveryMessage } from "./send-recovery-message.js";

export async function sendRecoveryEmail(em: EntityManager, actor: Actor, userId: string, options: { host: string; publicUrl: URL }): Promise<void> {
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw AppError.notFound("User");
    await assertMayTakeOver(tx, actor, user.id, "password");
    if (!user.email) throw new AppError("BAD_REQUEST", recoveryMessages.noEmail);
    const flow = await activeRecoveryFlow(tx, options.host);
    if (!flow.emailStageSettings) throw new AppError("BAD_REQUEST", recoveryMessages.noEmailStage);
    const outcome = await sendRecoveryMessage(tx, { user, flowSlug: flow.slug, emailStageSettings: flow.emailStageSettings, brandTitle: flow.brandTitle, publicUrl: options.publicUrl });
    if (!outcome.sent) throw new AppError("TOO_MANY_REQUESTS", outcome.limitMessage);
    await recordEvent(tx, { action: "recovery_link_created", actor, origin: actor, targetUserId: user.id, context: { flow: flow.slug, method: "email", messageId: outcome.messageId } });
  });
}
