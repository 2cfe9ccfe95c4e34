/**
 * The user page's activity (on its Overview): what the user did and what was done to them, per
 * hour or day and kind (their five busiest), and their last sign-ins with address and device.
 * Loaded as its own chunk with the chart library; needs `view_event`, as the Events tab does.
 */
import { describeDevice, type TActivity, type TEvent, type TStatsRange, type TUser } from "@roster/core";
import { createMemo, createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { busiestKeys } from "../../lib/chart-series";
import { eventsOf } from "../../lib/dashboard-links";
import { actionLabel } from "../../lib/event-actions";
import { dashboardRefreshMs, rangeUnit } from "../../lib/stats-range";
import { trpc } from "../../lib/trpc";
import { RelativeTime } from "../../ui/relative-time";
import { Table } from "../../ui/table";
import { ActivityChart } from "../dashboards/activity-chart";
import { RangeSwitch } from "../dashboards/range-switch";
import { usePolling } from "../tasks/use-polling";

const shownKinds = 5;

function userAgentOf(event: TEvent): string {
  return typeof event.context.userAgent === "string" ? event.context.userAgent : "";
}

export default function UserActivity(props: { user: TUser }) {
  const [range, setRange] = createSignal<TStatsRange>("30d");
  const activity = useApiQuery(() => ({ userId: props.user.id, range: range() }), (input) => trpc.users.activity.query(input));
  const signIns = useApiQuery(() => props.user.id, (userId) => trpc.users.events.query({ userId, action: "login", limit: 5 }));
  usePolling(() => void Promise.all([activity.refetch(), signIns.refetch()]), dashboardRefreshMs);
  const series = createMemo(
    () => busiestKeys(activity.data()?.buckets ?? [], shownKinds).map((key) => ({ key, label: actionLabel(key), href: eventsOf(key) })),
    [],
    { equals: (a, b) => a.map((item) => item.key).join() === b.map((item) => item.key).join() },
  );
  const buckets = (data: TActivity | undefined) => data?.buckets ?? [];
  return (
    <section class="user-activity" aria-labelledby="user-activity-title">
      <div class="dashboard-section-head">
        <h3 id="user-activity-title">Activity</h3>
        <RangeSwitch value={range()} onChange={setRange} />
      </div>
      <Show when={activity.error() ?? signIns.error()}>{(failure) => <div class="alert alert-error" role="alert">{failure().message}</div>}</Show>
      <ActivityChart title={`Events of ${props.user.username} by kind, ${range() === "24h" ? "per hour" : "per day"}`} unit={rangeUnit(range())} buckets={buckets(activity.data())} series={series()} />
      <h3 class="user-activity-subtitle">Last sign-ins</h3>
      <Table
        label={`Last sign-ins of ${props.user.username}`}
        rows={signIns.data()?.items ?? []}
        loading={signIns.data() === undefined}
        rowKey={(event) => event.id}
        empty={<p class="muted">No sign-ins recorded.</p>}
        columns={[
          { key: "when", header: "When", width: "160px", cell: (event) => <RelativeTime value={event.createdAt} /> },
          { key: "address", header: "Address", cell: (event) => <code>{event.clientIp || "—"}</code> },
          { key: "device", header: "Device", cell: (event) => <span title={userAgentOf(event)}>{describeDevice(userAgentOf(event))}</span> },
        ]}
      />
    </section>
  );
}
