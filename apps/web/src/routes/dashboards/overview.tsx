/**
 * The Overview (`/` for admins): the directory's counts, charts of the audit log and its latest
 * events. It refreshes itself every 30 s in place — the numbers change, the page is not redrawn.
 */
import { useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { LatestEvents } from "../../components/dashboards/latest-events";
import { OverviewCards } from "../../components/dashboards/overview-cards";
import { overviewActions, OverviewCharts } from "../../components/dashboards/overview-charts";
import { RangeSwitch } from "../../components/dashboards/range-switch";
import { usePolling } from "../../components/tasks/use-polling";
import { useApiQuery } from "../../lib/api-query";
import { pageInfo } from "../../lib/navigation";
import { hasPermission } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { dashboardRefreshMs, readRange } from "../../lib/stats-range";
import { trpc } from "../../lib/trpc";
import { PageHeader } from "../../ui/page-header";

export default function OverviewPage() {
  const me = useSignedIn();
  const [search, setSearch] = useSearchParams();
  const range = () => readRange(search.range);
  const canSeeEvents = () => hasPermission(me().permissions, "view_event");
  const overview = useApiQuery(() => true, () => trpc.stats.overview.query());
  const activity = useApiQuery(() => canSeeEvents() && range(), (current) => trpc.stats.activity.query({ range: current, actions: overviewActions }));
  const events = useApiQuery(() => canSeeEvents(), () => trpc.events.list.query({ limit: 8 }));
  usePolling(() => {
    void overview.refetch();
    if (canSeeEvents()) void Promise.all([activity.refetch(), events.refetch()]);
  }, dashboardRefreshMs);
  const error = () => overview.error() ?? activity.error() ?? events.error();
  return (
    <>
      <PageHeader {...pageInfo("/")} toolbar={<Show when={canSeeEvents()}><RangeSwitch value={range()} onChange={(next) => setSearch({ range: next === "24h" ? undefined : next })} /></Show>} />
      <Show when={error()}>{(failure) => <div class="alert alert-error" role="alert">{failure().message}</div>}</Show>
      <OverviewCards overview={overview.data()} />
      <Show when={canSeeEvents()}>
        <section class="dashboard-section" aria-labelledby="overview-activity">
          <h2 id="overview-activity">{range() === "24h" ? "Last 24 hours, by hour (UTC)" : "Last 30 days, by day (UTC)"}</h2>
          <OverviewCharts range={range()} activity={activity.data()} />
        </section>
        <LatestEvents events={events.data()?.items} />
      </Show>
    </>
  );
}
