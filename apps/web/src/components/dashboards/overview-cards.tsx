/** The Overview's cards: the directory's counts and what needs attention, each with a line saying what it counts; each opens its list. */
import type { TStatsOverview } from "@roster/core";
import { Show } from "solid-js";
import { dashboardLinks, percent } from "../../lib/dashboard-links";
import { StatCard } from "./stat-card";

export function OverviewCards(props: { overview: TStatsOverview | undefined }) {
  const value = <T,>(pick: (overview: TStatsOverview) => T) => (props.overview ? pick(props.overview) : undefined);
  // A part the caller may not see comes back null: its card is left out, not shown empty.
  const shows = (pick: (overview: TStatsOverview) => unknown) => !props.overview || pick(props.overview) !== null;
  const attention = () => props.overview?.attention;
  return (
    <>
      <section class="dashboard-section" aria-labelledby="overview-directory">
        <h2 id="overview-directory">Directory</h2>
        <div class="stat-grid">
          <Show when={shows((overview) => overview.users)}>
            <StatCard label="Users" value={value((overview) => overview.users?.total)} href={dashboardLinks.users} hint="People and service accounts" />
            <StatCard label="Active" value={value((overview) => overview.users?.active)} href={dashboardLinks.activeUsers} hint="Allowed to sign in" />
            <StatCard label="Inactive" value={value((overview) => overview.users?.inactive)} href={dashboardLinks.inactiveUsers} hint="Deactivated, cannot sign in" />
            <StatCard label="Service accounts" value={value((overview) => overview.users?.serviceAccounts)} href={dashboardLinks.serviceAccounts} hint="Accounts for machines, using tokens" />
            <StatCard label="Sessions active now" value={value((overview) => overview.sessionsActive)} href={dashboardLinks.recentSignIns} hint="Signed-in sessions not yet expired" />
            <StatCard label="MFA adoption" value={value((overview) => percent(overview.mfaAdoption))} href={dashboardLinks.activeInternalUsers} hint="Active internal users with a confirmed device" />
          </Show>
          <Show when={shows((overview) => overview.groups)}>
            <StatCard label="Groups" value={value((overview) => overview.groups)} href={dashboardLinks.groups} hint="Child groups included" />
          </Show>
          <Show when={shows((overview) => overview.applications)}>
            <StatCard label="Applications" value={value((overview) => overview.applications)} href={dashboardLinks.applications} hint="Signing in through Roster" />
          </Show>
        </div>
      </section>
      <Show when={shows((overview) => overview.attention.exportsFailed ?? overview.attention.jobsFailed)}>
        <section class="dashboard-section" aria-labelledby="overview-attention">
          <h2 id="overview-attention">Needs attention</h2>
          <div class="stat-grid">
            <Show when={attention()?.exportsFailed !== null}>
              <StatCard label="Failed exports" value={attention()?.exportsFailed} href={dashboardLinks.exports} tone="danger" hint="Data exports that stopped on an error" />
            </Show>
            <Show when={attention()?.jobsFailed !== null}>
              <StatCard label="Failed jobs" value={attention()?.jobsFailed} href={dashboardLinks.failedJobs} tone="danger" hint="Background jobs out of attempts" />
              <StatCard label="Retrying jobs" value={attention()?.jobsRetrying} href={dashboardLinks.retryingJobs} tone="warning" hint="Failed before, will run again" />
            </Show>
          </div>
        </section>
      </Show>
    </>
  );
}
