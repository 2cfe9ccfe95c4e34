import type { TRPCRouterRecord } from "@trpc/server";
import { activity } from "./activity.js";
import { applications } from "./applications.js";
import { autocomplete } from "./autocomplete.js";
import { consents } from "./consents.js";
import { create } from "./create.js";
import { createRecoveryLink } from "./create-recovery-link.js";
import { deleteMany } from "./delete.js";
import { events } from "./events.js";
import { exportUsers } from "./export.js";
import { get } from "./get.js";
import { addToGroups } from "./add-to-groups.js";
import { groups } from "./groups.js";
import { refreshTokens } from "./refresh-tokens.js";
import { authenticators } from "./authenticators.js";
import { removeFromGroups } from "./remove-from-groups.js";
import { list } from "./list.js";
import { paths } from "./paths.js";
import { assignRoles } from "./assign-roles.js";
import { roles } from "./roles.js";
import { unassignRoles } from "./unassign-roles.js";
import { impersonate } from "./impersonate.js";
import { sendRecoveryEmail } from "./send-recovery-email.js";
import { sessions } from "./sessions.js";
import { setActive } from "./set-active.js";
import { setPassword } from "./set-password.js";
import { update } from "./update.js";

export const usersRouter = {
  list,
  get,
  paths,
  autocomplete,
  create,
  update,
  delete: deleteMany,
  setActive,
  groups,
  addToGroups,
  removeFromGroups,
  roles,
  assignRoles,
  unassignRoles,
  events,
  sessions,
  setPassword,
  impersonate,
  createRecoveryLink,
  sendRecoveryEmail,
  export: exportUsers,
  applications,
  consents,
  refreshTokens,
  authenticators,
  activity,
} satisfies TRPCRouterRecord;
