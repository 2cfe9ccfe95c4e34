import type { TRPCRouterRecord } from "@trpc/server";
import { endImpersonation } from "./end-impersonation.js";
import { logout } from "./logout.js";
import { me } from "./me.js";

export const authRouter = { me, logout, endImpersonation } satisfies TRPCRouterRecord;
