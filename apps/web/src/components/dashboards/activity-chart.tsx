/**
 * A time-series chart of activity buckets: uPlot on a canvas, colours read from the theme's CSS
 * variables (and redrawn when the theme in effect changes: the user's choice, or the system's), a legend whose entries
 * link to the list behind each series, and the same numbers in a table for screen readers. New
 * buckets (the live refresh) go in through `setData`: the chart is not rebuilt. The canvas takes
 * the size its card gives it (at least `minimumHeight`; taller when a neighbour in the row is), so
 * that no blank band is left under the x-axis.
 */
import type { TActivityBucket } from "@roster/core";
import { A } from "@solidjs/router";
import { createEffect, For, Index, on, onCleanup, onMount } from "solid-js";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { bucketLabel, chartColumns, seriesTotal, type ChartSeries } from "../../lib/chart-series";
import { formatNumber } from "../../lib/format-count";
import { colorScheme, resolvedColor } from "../../lib/theme";
import "./dashboards.css";

export interface LinkedSeries extends ChartSeries {
  /** The list behind the series (Logs filtered to its action). */
  href?: string;
}

const seriesColors = ["--chart-1", "--chart-2", "--chart-3", "--chart-4", "--chart-5", "--chart-6"];
const minimumHeight = 180;
/** Room for the x-axis: tick, gap and one 11 px line of labels (uPlot reserves 50 px by default). */
const xAxis = { size: 24, gap: 4, ticks: 4 };

export function ActivityChart(props: { title: string; unit: "hour" | "day"; buckets: readonly TActivityBucket[]; series: readonly LinkedSeries[] }) {
  let host: HTMLDivElement | undefined;
  let chart: uPlot | undefined;

  const build = () => {
    if (!host) return;
    chart?.destroy();
    const target = host;
    const color = (name: string) => resolvedColor(target, name);
    const font = getComputedStyle(host).getPropertyValue("--font-sans").trim();
    const axis = { stroke: color("--text-muted"), grid: { stroke: color("--border"), width: 1 }, font: `11px ${font}` };
    const ticks = { stroke: color("--border"), width: 1 };
    chart = new uPlot(
      {
        width: host.clientWidth || 400,
        height: host.clientHeight || minimumHeight,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
        scales: { x: { time: true }, y: { range: (_chart, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] } },
        // Ticks as the table below labels its rows: "14:00" for hours, "Dec 5" for days (UTC).
        axes: [
          { ...axis, size: xAxis.size, gap: xAxis.gap, ticks: { ...ticks, size: xAxis.ticks }, values: (_chart, splits) => splits.map((seconds) => bucketLabel(new Date(seconds * 1000).toISOString(), props.unit)) },
          { ...axis, size: 44, ticks },
        ],
        series: [{}, ...props.series.map((item, index) => ({ label: item.label, stroke: color(seriesColors[index % seriesColors.length] ?? "--accent"), width: 2, points: { size: 4 } }))],
      },
      chartColumns(props.buckets, props.series),
      host,
    );
  };

  onMount(() => {
    build();
    const resize = new ResizeObserver(() => {
      if (host && chart && (host.clientWidth !== chart.width || host.clientHeight !== chart.height)) chart.setSize({ width: host.clientWidth, height: host.clientHeight });
    });
    if (host) resize.observe(host);
    onCleanup(() => {
      resize.disconnect();
      chart?.destroy();
    });
  });
  createEffect(on(colorScheme, build, { defer: true }));
  // Other series (a user's busiest actions changed): a new chart; new numbers only: new data.
  createEffect(on(() => props.series.map((item) => item.key).join(), build, { defer: true }));
  createEffect(on(() => props.buckets, (buckets) => chart?.setData(chartColumns(buckets, props.series)), { defer: true }));

  return (
    <figure class="chart">
      <figcaption class="chart-title">{props.title}</figcaption>
      <ul class="chart-legend">
        <For each={props.series}>
          {(item, index) => {
            const content = (
              <>
                <span class="chart-swatch" style={{ background: `var(${seriesColors[index() % seriesColors.length] ?? "--accent"})` }} />
                {item.label} <strong>{formatNumber(seriesTotal(props.buckets, item.key))}</strong>
              </>
            );
            return <li>{item.href ? <A href={item.href}>{content}</A> : content}</li>;
          }}
        </For>
      </ul>
      <div class="chart-canvas" ref={(element) => (host = element)} aria-hidden="true" />
      <table class="visually-hidden">
        <caption>{props.title} (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">{props.unit === "hour" ? "Hour" : "Day"}</th>
            <For each={props.series}>{(item) => <th scope="col">{item.label}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <Index each={props.buckets}>
            {(bucket) => (
              <tr>
                <th scope="row">{bucketLabel(bucket().start, props.unit)}</th>
                <For each={props.series}>{(item) => <td>{bucket().counts[item.key] ?? 0}</td>}</For>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
    </figure>
  );
}
