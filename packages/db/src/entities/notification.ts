import { EntitySchema, type Opt } from "@mikro-orm/core";

export type TSeverity = "notice" | "warning" | "alert";

export class Notification {
  id!: string;
  userId!: string;
  severity: TSeverity & Opt = "notice";
  body!: string;
  eventId: string | null = null;
  link: { href: string; label: string } | null = null;
  seen: boolean & Opt = false;
  /** Set by jobs so that a retried job notifies once. */
  dedupeKey: string | null = null;
  createdAt: Date & Opt = new Date();
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: "notifications",
  properties: {
    id: { type: "uuid", primary: true },
    userId: { type: "uuid" },
    severity: { type: "text" },
    body: { type: "text" },
    eventId: { type: "uuid", nullable: true },
    link: { type: "json", nullable: true },
    seen: { type: "boolean" },
    dedupeKey: { type: "text", nullable: true },
    createdAt: { type: "datetime" },
  },
});
