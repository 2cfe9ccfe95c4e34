/** An export's status badge; while it runs, a moving bar and the rows written so far. */
import type { TDataExport } from "@roster/core";
import { Show } from "solid-js";
import { exportStatusLabels, exportStatusTones, isExportActive } from "../../lib/export-texts";
import { Badge } from "../../ui/badge";

export function ExportStatus(props: { item: TDataExport }) {
  return (
    <div class="export-status">
      <Badge tone={exportStatusTones[props.item.status]} title={props.item.error ?? undefined}>
        {exportStatusLabels[props.item.status]}
      </Badge>
      <Show when={isExportActive(props.item.status)}>
        <span class="export-progress" role="progressbar" aria-label={`Export progress: ${props.item.rowCount.toLocaleString("en")} rows so far`} aria-valuetext={`${props.item.rowCount.toLocaleString("en")} rows so far`}>
          <span />
        </span>
      </Show>
      <Show when={props.item.status === "failed" && props.item.error}>
        <span class="export-error">{props.item.error}</span>
      </Show>
    </div>
  );
}
