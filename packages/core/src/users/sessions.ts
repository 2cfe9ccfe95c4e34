import { z } from "zod";

export const ZUserSession = z.object({
  id: z.uuid(),
  device: z.string(),
  userAgent: z.string(),
  lastIp: z.string(),
  createdAt: z.string(),
  lastUsed: z.string(),
  expires: z.string(),
  /** The session this request comes from. */
  current: z.boolean(),
  /** Set when an admin is impersonating the user through this session. */
  impersonatedBy: z.string().nullable(),
});
export type TUserSession = z.infer<typeof ZUserSession>;
