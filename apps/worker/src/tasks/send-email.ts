/**
 * Sends one stored message through SMTP (see `deliverEmail` in @roster/db). A failure throws, so
 * graphile-worker retries with exponential backoff.
 */
import type { Task } from "graphile-worker";
import { jobs } from "@roster/core";
import { deliverEmail, type Database } from "@roster/db";
import type { MailTransport } from "../mail/transport.js";

export interface SendEmailOptions {
  transport: MailTransport | null;
  from: string;
}

export function sendEmailTask(database: Database, options: SendEmailOptions): Task {
  return async (rawPayload, helpers) => {
    const { messageId } = jobs.sendEmail.payload.parse(rawPayload);
    await deliverEmail(
      database.fork(),
      messageId,
      async (email) => {
        if (!options.transport) throw new Error("No SMTP server is configured (set SMTP_URL).");
        const transport = await options.transport();
        return transport.sendMail({ from: options.from, ...email });
      },
      { lastAttempt: helpers.job.attempts >= helpers.job.max_attempts, jobId: helpers.job.id },
    );
  };
}
