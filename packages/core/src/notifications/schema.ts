/** Input and output shapes of the `notifications.*` procedures (the console's bell). */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";

export const ZSeverity = z.enum(["notice", "warning", "alert"]);
export type TSeverity = z.infer<typeof ZSeverity>;

export const ZNotificationLink = z.object({ href: z.string(), label: z.string() });
export type TNotificationLink = z.infer<typeof ZNotificationLink>;

export const ZNotification = z.object({
  id: z.uuid(),
  severity: ZSeverity,
  body: z.string(),
  eventId: z.uuid().nullable(),
  link: ZNotificationLink.nullable(),
  seen: z.boolean(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListInput = ZPageInput;

export const ZNotificationPage = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  /** How many of the caller's notifications are unseen (the bell's badge). */
  unseen: z.number().int(),
});
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

/** Without `ids`, every notification of the caller. */
export const ZNotificationMarkSeenInput = z.object({ ids: z.array(z.uuid()).max(1000, "At most 1,000 at once.").optional() });
