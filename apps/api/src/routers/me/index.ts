import type { TRPCRouterRecord } from "@trpc/server";
import { changePassword } from "./change-password.js";
import { consents } from "./consents.js";
import { revokeConsents } from "./revoke-consents.js";
import { sessions } from "./sessions.js";
import { signOutOtherSessions } from "./sign-out-other-sessions.js";

/** The signed-in user's own account (the Settings page). */
export const meRouter = {
  sessions,
  signOutOtherSessions,
  changePassword,
  consents,
  revokeConsents,
} satisfies TRPCRouterRecord;
