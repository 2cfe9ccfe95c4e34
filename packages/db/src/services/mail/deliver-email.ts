/**
 * Delivers one stored message through a sender (the worker's SMTP transport). Idempotent: a
 * message already sent is not sent again. A failure is recorded and rethrown, so the job is
 * retried; after the last attempt the message is marked failed, `email_failed` is written and
 * the super-users are notified. Both events name the user the message is for, when it is one (no
 * link, no key: the context keeps only the address and the subject). Once delivered, the bodies are cleared: the recovery link they
 * carry lives only in the mailbox.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { jobPagePath } from "@roster/core";
import { MailMessage } from "../../entities/mail-message.js";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";
import { notifySuperusers } from "./notify-superusers.js";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends the message; resolves with the SMTP server's message id, if it gave one. */
export type EmailSender = (email: OutgoingEmail) => Promise<{ messageId?: string }>;

export async function deliverEmail(em: EntityManager, messageId: string, send: EmailSender, options: { lastAttempt: boolean; /** The send-email job, linked from the failure's notification. */ jobId?: string }): Promise<void> {
  const message = await em.findOne(MailMessage, { id: messageId }, { populate: ["textBody", "htmlBody"] });
  if (!message || message.status === "sent") return;
  try {
    const info = await send({ to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody });
    await em.transactional(async (tx) => {
      await sql(tx, "UPDATE mail_messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, message_id = ?, text_body = '', html_body = '', last_error = NULL WHERE id = ?", [info.messageId ?? null, message.id]);
      await recordEvent(tx, { action: "email_sent", actor: null, targetUserId: message.userId, context: { messageId: message.id, to: message.toAddress, subject: message.subject } });
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await em.transactional(async (tx) => {
      await sql(tx, "UPDATE mail_messages SET attempts = attempts + 1, last_error = ?, status = ? WHERE id = ?", [reason, options.lastAttempt ? "failed" : "queued", message.id]);
      if (options.lastAttempt) {
        const eventId = await recordEvent(tx, { action: "email_failed", actor: null, targetUserId: message.userId, context: { messageId: message.id, to: message.toAddress, subject: message.subject, error: reason } });
        await notifySuperusers(tx, { severity: "alert", body: `An email to ${message.toAddress} ("${message.subject}") could not be sent: ${reason}`, eventId, dedupeKey: `email-failed:${message.id}`, link: options.jobId ? { href: jobPagePath(options.jobId), label: "Open job" } : null });
      }
    });
    throw error;
  }
}
