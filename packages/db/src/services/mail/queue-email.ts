/**
 * Outgoing mail is stored first, then sent by the worker's send-email job (enqueued in the same
 * transaction): a message exists exactly when the change that wrote it committed, and an SMTP
 * outage only delays it.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { MailMessage } from "../../entities/mail-message.js";
import { newId } from "../auth/secrets.js";
import { enqueueJob } from "../jobs/enqueue.js";

export interface EmailContent {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export const sendEmailMaxAttempts = 8;

/** `recipientUserId`: the user the email is for, named by its email_sent event. */
export async function queueEmail(em: EntityManager, content: EmailContent, recipientUserId: string | null = null): Promise<string> {
  const message = em.create(MailMessage, { id: newId(), toAddress: content.to, subject: content.subject, userId: recipientUserId, textBody: content.text, htmlBody: content.html });
  await em.flush();
  await enqueueJob(em, "sendEmail", { messageId: message.id }, { jobKey: `send-email:${message.id}`, maxAttempts: sendEmailMaxAttempts });
  return message.id;
}
