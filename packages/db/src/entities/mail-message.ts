import { EntitySchema, type Opt } from "@mikro-orm/core";

/** An outgoing email, stored first and then sent by the worker's send-email job. */
export class MailMessage {
  id!: string;
  toAddress!: string;
  subject!: string;
  /** The user it is for, when it is one (a recovery email); null for an invitation. */
  userId: string | null = null;
  textBody!: string;
  htmlBody!: string;
  status: ("queued" | "sent" | "failed") & Opt = "queued";
  attempts: number & Opt = 0;
  lastError: string | null = null;
  messageId: string | null = null;
  createdAt: Date & Opt = new Date();
  sentAt: Date | null = null;
}

export const MailMessageSchema = new EntitySchema<MailMessage>({
  class: MailMessage,
  tableName: "mail_messages",
  properties: {
    id: { type: "uuid", primary: true },
    toAddress: { type: "text" },
    subject: { type: "text" },
    userId: { type: "uuid", nullable: true },
    textBody: { type: "text", lazy: true },
    htmlBody: { type: "text", lazy: true },
    status: { type: "text" },
    attempts: { type: "integer" },
    lastError: { type: "text", nullable: true },
    messageId: { type: "text", nullable: true },
    createdAt: { type: "datetime" },
    sentAt: { type: "datetime", nullable: true },
  },
});
