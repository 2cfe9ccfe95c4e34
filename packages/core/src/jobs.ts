/**
 * Worker task names and their payloads. The API enqueues, the worker checks the payload with the
 * same schema at the start of each task.
 */
import { z } from "zod";

export const ZRevokeUserSessionsPayload = z.object({
  userId: z.uuid(),
  reason: z.enum(["deactivated", "deleted", "password_set", "recovery"]),
  keepSessionId: z.uuid().optional(),
});
export type TRevokeUserSessionsPayload = z.infer<typeof ZRevokeUserSessionsPayload>;

export const ZSendEmailPayload = z.object({ messageId: z.uuid() });
export type TSendEmailPayload = z.infer<typeof ZSendEmailPayload>;

export const ZUserExportPayload = z.object({ exportId: z.uuid() });
export type TUserExportPayload = z.infer<typeof ZUserExportPayload>;

export const jobs = {
  revokeUserSessions: { name: "revoke-user-sessions", payload: ZRevokeUserSessionsPayload },
  sendEmail: { name: "send-email", payload: ZSendEmailPayload },
  userExport: { name: "user-export", payload: ZUserExportPayload },
  cleanup: { name: "cleanup", payload: z.object({}).passthrough() },
} as const;

export type TJobName = (typeof jobs)[keyof typeof jobs]["name"];

