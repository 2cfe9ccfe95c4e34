/**
 * The Overview's charts of the audit log: sign-ins and failed sign-ins, password resets and
 * recoveries, application authorizations. One `stats.activity` call feeds all three; each legend
 * entry opens Logs filtered to its action.
 */
import type { TActivity, TStatsRange } from "@roster/core";
import { For } from "solid-js";
import { eventsOf } from "../../lib/dashboard-links";
import { rangeUnit } from "../../lib/stats-range";
import { ActivityChart, type LinkedSeries } from "./activity-chart";

const series = (key: string, label: string): LinkedSeries => ({ key, label, href: eventsOf(key) });

export const overviewCharts: { title: string; series: LinkedSeries[] }[] = [
  { title: "Sign-ins", series: [series("login", "Sign-ins"), series("login_failed", "Failed sign-ins")] },
  { title: "Password resets and recoveries", series: [series("password_set", "Passwords set"), series("recovery_link_created", "Recovery links")] },
  { title: "Application authorizations", series: [series("authorize_application", "Authorizations")] },
];

export const overviewActions = overviewCharts.flatMap((chart) => chart.series.map((item) => item.key));

export function OverviewCharts(props: { range: TStatsRange; activity: TActivity | undefined }) {
  const buckets = () => props.activity?.buckets ?? [];
  return (
    <div class="chart-grid">
      <For each={overviewCharts}>{(chart) => <ActivityChart title={chart.title} unit={rangeUnit(props.range)} buckets={buckets()} series={chart.series} />}</For>
    </div>
  );
}
