/** An export's filters in one line: "folder users/eng · query <code>…</code> · ordering -name", or "All users". */
import type { TDataExport } from "@roster/core";
import { For, Show } from "solid-js";
import { exportFilterParts } from "../../lib/export-texts";

export function ExportFilterSummary(props: { params: TDataExport["queryParams"] }) {
  return (
    <span class="export-filters">
      <For each={exportFilterParts(props.params)} fallback="All users">
        {(part, index) => (
          <>
            <Show when={index() > 0}> · </Show>
            {part.label} {part.label === "folder" ? part.value : <code>{part.value}</code>}
          </>
        )}
      </For>
    </span>
  );
}
