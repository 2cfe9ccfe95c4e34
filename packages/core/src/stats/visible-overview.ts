/**
 * The Overview as one caller may see it: each card needs the permission of what it counts, and is
 * null without it — users, sessions and MFA adoption `view_user`; groups `view_group`;
 * applications `view_application`; failed exports `view_dataexport`; jobs `view_systemtask`.
 */
import type { TPermission } from "../permissions.js";
import type { TOverviewCounts, TStatsOverview } from "./schema.js";

export function overviewFor(counts: TOverviewCounts, can: (codename: TPermission) => boolean): TStatsOverview {
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
}
