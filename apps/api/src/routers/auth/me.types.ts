import { z } from "zod";

export const ZMeResponse = z
  .object({
    user: z.object({ id: z.uuid(), username: z.string(), name: z.string(), email: z.string(), isSuperuser: z.boolean() }),
    /** The admin behind an impersonation, null otherwise. */
    original: z.object({ id: z.uuid(), username: z.string() }).nullable(),
    impersonationReason: z.string().nullable(),
    /** Global codenames, or ["*"] for a super-user. */
    permissions: z.array(z.string()),
    /** Codenames held only on single objects (a user, a group…): enough to open the page listing them. */
    objectPermissions: z.array(z.string()),
  })
  .nullable();
