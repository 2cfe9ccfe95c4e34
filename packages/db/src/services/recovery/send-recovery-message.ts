/**
 * Sends a user a recovery email: within the recovery-email limits, creates a key for them and
 * queues the email that carries its link. The one path for the flow's email stage and the admin.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { ZEmailSettings } from "@roster/core";
import { queueEmail } from "../mail/queue-email.js";
import { recoveryEmail } from "../mail/templates/recovery.js";
import { reserveRecoveryEmail } from "./recovery-email-limit.js";
import { createEmailedRecoveryToken, recoveryLink } from "./recovery-tokens.js";

export interface RecoveryMessageInput {
  user: { id: string; username: string; email: string };
  flowSlug: string;
  emailStageSettings: Record<string, unknown>;
  brandTitle: string;
  publicUrl: URL;
}

export type TRecoveryMessageOutcome = { sent: true; messageId: string } | { sent: false; limitMessage: string };

export async function sendRecoveryMessage(em: EntityManager, input: RecoveryMessageInput): Promise<TRecoveryMessageOutcome> {
  const settings = ZEmailSettings.parse(input.emailStageSettings);
  const reservation = await reserveRecoveryEmail(em, input.user.id);
  if (!reservation.allowed) return { sent: false, limitMessage: reservation.message };
  const key = await createEmailedRecoveryToken(em, input.user.id, new Date(Date.now() + settings.tokenExpiryMinutes * 60_000));
  const messageId = await queueEmail(
    em,
    recoveryEmail({
      to: input.user.email,
      subject: settings.subject,
      username: input.user.username,
      brandTitle: input.brandTitle,
      link: recoveryLink(input.publicUrl, input.flowSlug, key),
      expiresInMinutes: settings.tokenExpiryMinutes,
    }),
    input.user.id,
  );
  return { sent: true, messageId };
}
