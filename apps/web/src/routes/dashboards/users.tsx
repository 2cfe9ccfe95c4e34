/** Dashboards › User statistics: users created per day, the largest folders, users by type and state; refreshed every 30 s. */
import type { TActivityBucket, TUserStats } from "@roster/core";
import { Show } from "solid-js";
import { ActivityChart } from "../../components/dashboards/activity-chart";
import { FolderCounts, TypeCounts } from "../../components/dashboards/user-count-tables";
import { usePolling } from "../../components/tasks/use-polling";
import { useApiQuery } from "../../lib/api-query";
import { pageInfo } from "../../lib/navigation";
import { dashboardRefreshMs } from "../../lib/stats-range";
import { trpc } from "../../lib/trpc";
import { PageHeader } from "../../ui/page-header";
import "../../components/dashboards/dashboards.css";

const createdSeries = [{ key: "created", label: "Users created", href: "/directory/users?ordering=-date_joined" }];

function createdBuckets(stats: TUserStats | undefined): TActivityBucket[] {
  return (stats?.createdPerDay ?? []).map((row) => ({ start: `${row.day}T00:00:00.000Z`, counts: { created: row.count } }));
}

export default function UserStatisticsPage() {
  const stats = useApiQuery(() => true, () => trpc.stats.users.query());
  usePolling(() => void stats.refetch(), dashboardRefreshMs);
  return (
    <>
      <PageHeader {...pageInfo("/dashboards/users")} />
      <Show when={stats.error()}>{(failure) => <div class="alert alert-error" role="alert">{failure().message}</div>}</Show>
      <section class="dashboard-section">
        <ActivityChart title="Users created per day, last 30 days (UTC)" unit="day" buckets={createdBuckets(stats.data())} series={createdSeries} />
      </section>
      <div class="dashboard-tables">
        <section aria-labelledby="stats-folders">
          <h2 id="stats-folders" class="dashboard-table-title">Largest folders</h2>
          <FolderCounts rows={stats.data()?.byFolder} />
        </section>
        <section aria-labelledby="stats-types">
          <h2 id="stats-types" class="dashboard-table-title">Users by type and state</h2>
          <TypeCounts rows={stats.data()?.byType} />
        </section>
      </div>
    </>
  );
}
