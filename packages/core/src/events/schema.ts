import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";

export const ZEvent = z.object({
  id: z.uuid(),
  action: z.string(),
  user: z
    .object({ id: z.string().nullable(), username: z.string(), onBehalfOf: z.object({ id: z.string().nullable(), username: z.string() }).nullable() })
    .nullable(),
  targetUserId: z.string().nullable(),
  /** The username of the user the event is about, while that user exists. */
  targetUsername: z.string().nullable(),
  context: z.record(z.string(), z.unknown()),
  clientIp: z.string(),
  brand: z.string(),
  createdAt: z.string(),
});
export type TEvent = z.infer<typeof ZEvent>;

export const ZEventFilter = z.object({
  action: z.string().max(100).optional(),
  /** Events done by, or about, this user. */
  userId: z.uuid().optional(),
  /** Events whose actor's username contains this text. */
  username: z.string().max(150).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
});
export type TEventFilter = z.infer<typeof ZEventFilter>;

export const ZEventListInput = ZEventFilter.extend(ZPageInput.shape);
