/** 24 hours or 30 days, for a dashboard's charts (kept in the URL by the page, `?range=30d`). */
import type { TStatsRange } from "@roster/core";
import { For } from "solid-js";
import "./dashboards.css";

const labels: Record<TStatsRange, string> = { "24h": "Last 24 hours", "30d": "Last 30 days" };

export function RangeSwitch(props: { value: TStatsRange; onChange: (range: TStatsRange) => void }) {
  return (
    <div class="range-switch" role="group" aria-label="Time range">
      <For each={Object.keys(labels) as TStatsRange[]}>
        {(range) => (
          <button type="button" aria-pressed={props.value === range} onClick={() => props.onChange(range)}>
            {labels[range]}
          </button>
        )}
      </For>
    </div>
  );
}
