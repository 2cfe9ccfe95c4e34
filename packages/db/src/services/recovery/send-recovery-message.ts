/** Creates a recovery key for a user and queues the email that carries its link. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { ZEmailSettings } from "@roster/core";
import { queueEmail } from "../mail/queue-email.js";
import { recoveryEmail } from "../mail/templates/recovery.js";
import { createRecoveryToken, recoveryLink } from "./recovery-tokens.js";

export interface RecoveryMessageInput {
  user: { id: string; username: string; email: string };
  flowSlug: string;
  emailStageSettings: Record<string, unknown>;
  brandTitle: string;
  publicUrl: URL;
}

export async function sendRecoveryMessage(em: EntityManager, input: RecoveryMessageInput): Promise<string> {
  const settings = ZEmailSettings.parse(input.emailStageSettings);
  const key = await createRecoveryToken(em, input.user.id, new Date(Date.now() + settings.tokenExpiryMinutes * 60_000));
  return queueEmail(
    em,
    recoveryEmail({
      to: input.user.email,
      subject: settings.subject,
      username: input.user.username,
      brandTitle: input.brandTitle,
      link: recoveryLink(input.publicUrl, input.flowSlug, key),
      expiresInMinutes: settings.tokenExpiryMinutes,
    }),
  );
}
