/** One number of a dashboard, linking to the list behind it; "Not available" when there is none to show. */
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatNumber } from "../../lib/format-count";
import "./dashboards.css";

export interface StatCardProps {
  label: string;
  /** A count, a ready-made text ("42 %"), null for "not available", undefined while loading. */
  value: number | string | null | undefined;
  href: string;
  hint?: string;
  /** Colours a non-zero value: failures in red, retries in amber. */
  tone?: "danger" | "warning";
}

export function StatCard(props: StatCardProps) {
  const shown = () => (typeof props.value === "number" ? formatNumber(props.value) : props.value);
  const tone = () => (props.tone && props.value !== 0 && typeof props.value === "number" ? props.tone : undefined);
  return (
    <A href={props.href} class="stat-card" data-tone={tone()}>
      <span class="stat-card-label">{props.label}</span>
      <span class="stat-card-value">
        <Show when={props.value !== undefined} fallback={<span class="muted">…</span>}>
          {shown() ?? <span class="muted">Not available</span>}
        </Show>
      </span>
      <Show when={props.hint}>
        <span class="stat-card-hint">{props.hint}</span>
      </Show>
    </A>
  );
}
