/**
 * Sends one stored message through SMTP. Idempotent: a message already sent is not sent again.
 * A failure throws, so graphile-worker retries with exponential backoff; after the last attempt
 * the message is marked failed, `email_failed` is written and the super-users are notified.
 * Once delivered, the bodies are cleared: the recovery link they carry lives only in the mailbox.
 */
import type { Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { jobs } from "@roster/core";
import { MailMessage, notifySuperusers, recordEvent, sql, type Database } from "@roster/db";

export interface SendEmailOptions {
  transport: Transporter | null;
  from: string;
}

export function sendEmailTask(database: Database, options: SendEmailOptions): Task {
  return async (rawPayload, helpers) => {
    const { messageId } = jobs.sendEmail.payload.parse(rawPayload);
    const em = database.fork();
    const message = await em.findOne(MailMessage, { id: messageId }, { populate: ["textBody", "htmlBody"] });
    if (!message || message.status === "sent") return;
    const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    try {
      if (!options.transport) throw new Error("No SMTP server is configured (set SMTP_URL).");
      const info = (await options.transport.sendMail({ from: options.from, to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody })) as { messageId?: string };
      await em.transactional(async (tx) => {
        await sql(tx, "UPDATE mail_messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, message_id = ?, text_body = '', html_body = '', last_error = NULL WHERE id = ?", [info.messageId ?? null, message.id]);
        await recordEvent(tx, { action: "email_sent", actor: null, context: { messageId: message.id, to: message.toAddress, subject: message.subject } });
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await em.transactional(async (tx) => {
        await sql(tx, "UPDATE mail_messages SET attempts = attempts + 1, last_error = ?, status = ? WHERE id = ?", [reason, lastAttempt ? "failed" : "queued", message.id]);
        if (lastAttempt) {
          const eventId = await recordEvent(tx, { action: "email_failed", actor: null, context: { messageId: message.id, to: message.toAddress, subject: message.subject, error: reason } });
          await notifySuperusers(tx, { severity: "alert", body: `An email to ${message.toAddress} ("${message.subject}") could not be sent: ${reason}`, eventId, dedupeKey: `email-failed:${message.id}` });
        }
      });
      throw error;
    }
  };
}
