/** The Stages list: name, type, a summary of the settings, the flows each is bound to, Edit. */
import { A } from "@solidjs/router";
import type { TStageListItem } from "@roster/core";
import { For, Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { stageTypeLabel } from "../../lib/flow-labels";
import { settingsSummary } from "../../lib/settings-text";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { editColumn, PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";

export function StagesTable(props: { list: PagedList<TStageListItem>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (stage: TStageListItem) => void; searching: boolean }) {
  const columns: Column<TStageListItem>[] = [
    { key: "name", header: "Name", cell: (stage) => stage.name },
    { key: "type", header: "Type", width: "190px", cell: (stage) => <Badge>{stageTypeLabel(stage.type)}</Badge> },
    { key: "settings", header: "Settings", cell: (stage) => <code class="stage-settings">{settingsSummary(stage.settings) || "—"}</code> },
    {
      key: "flows",
      header: "Bound to",
      cell: (stage) => (
        <Show when={stage.flows.length > 0} fallback={<span class="muted">—</span>}>
          <ul class="inline-list stage-flows">
            <For each={stage.flows}>{(flow) => <li><A href={`/flows/${flow.id}`}>{flow.slug}</A></li>}</For>
          </ul>
        </Show>
      ),
    },
    editColumn((stage) => stage.name, props.onEdit),
  ];
  return (
    <PagedTable
      label="Stages"
      columns={columns}
      list={props.list}
      rowKey={(stage) => stage.id}
      rowLabel={(stage) => `Select ${stage.name}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title={props.searching ? "No stages match" : "No stages yet"} description={props.searching ? "Try another name." : "Create a stage, or import a flow blueprint that brings its stages."} />}
    />
  );
}
