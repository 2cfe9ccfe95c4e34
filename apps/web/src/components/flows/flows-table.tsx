/** The Flows list: slug (link), name, designation, stage count, and the brands that use each flow. */
import { A } from "@solidjs/router";
import type { TFlowListItem } from "@roster/core";
import { For, Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { designationLabel } from "../../lib/flow-labels";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";

export function FlowsTable(props: { list: PagedList<TFlowListItem>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; searching: boolean }) {
  const columns: Column<TFlowListItem>[] = [
    { key: "slug", header: "Slug", cell: (flow) => <A href={`/flows/${flow.id}`}>{flow.slug}</A> },
    { key: "name", header: "Name", cell: (flow) => flow.name },
    { key: "designation", header: "Designation", width: "170px", cell: (flow) => <Badge tone="info">{designationLabel(flow.designation)}</Badge> },
    { key: "stages", header: "Stages", width: "80px", cell: (flow) => flow.stageCount.toLocaleString("en") },
    {
      key: "brands",
      header: "Used by",
      cell: (flow) => (
        <Show when={flow.brands.length > 0} fallback={<span class="muted">—</span>}>
          <ul class="inline-list">
            <For each={flow.brands}>{(brand) => <li><A href="/system/brands">{brand.domain}</A></li>}</For>
          </ul>
        </Show>
      ),
    },
  ];
  return (
    <PagedTable
      label="Flows"
      columns={columns}
      list={props.list}
      rowKey={(flow) => flow.id}
      rowLabel={(flow) => `Select ${flow.slug}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title={props.searching ? "No flows match" : "No flows yet"} description={props.searching ? "Try another name or slug." : "Create a flow, or import one of the examples with Import."} />}
    />
  );
}
