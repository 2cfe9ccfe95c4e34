import { ZStatsOverview, type TStatsOverview } from "@roster/core";
import { readOverview } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/**
 * The Overview's cards. Opening it takes `access_admin_console`; each card then needs the
 * permission of what it counts, and is null without it (users, sessions and MFA: `view_user`;
 * groups: `view_group`; applications: `view_application`; failed exports: `view_dataexport`;
 * jobs: `view_systemtask`).
 */
export const overview = permissionProcedure("access_admin_console")
  .output(ZStatsOverview)
  .query(async ({ ctx }): Promise<TStatsOverview> => {
    const can = (codename: Parameters<typeof ctx.actor.permissions.has>[0]) => ctx.actor.permissions.has(codename);
    const counts = await readOverview(ctx.em);
    const users = can("view_user");
    const jobs = can("view_systemtask");
    return {
      users: users ? counts.users : null,
      sessionsActive: users ? counts.sessionsActive : null,
      groups: can("view_group") ? counts.groups : null,
      applications: can("view_application") ? counts.applications : null,
      mfaAdoption: users ? counts.mfaAdoption : null,
      attention: {
        exportsFailed: can("view_dataexport") ? counts.attention.exportsFailed : null,
        jobsFailed: jobs ? counts.attention.jobsFailed : null,
        jobsRetrying: jobs ? counts.attention.jobsRetrying : null,
      },
    };
  });
