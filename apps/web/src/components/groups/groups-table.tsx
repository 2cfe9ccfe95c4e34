/** The Groups list: name (link), super-user badge, parents, direct member count, Edit. */
import { A } from "@solidjs/router";
import type { TGroup } from "@roster/core";
import { For, Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { editColumn, PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";

export function GroupsTable(props: { list: PagedList<TGroup>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (group: TGroup) => void; searching: boolean }) {
  const columns: Column<TGroup>[] = [
    { key: "name", header: "Name", cell: (group) => <A href={`/directory/groups/${group.id}`}>{group.name}</A> },
    { key: "superuser", header: "Super-user", width: "120px", cell: (group) => (group.isSuperuser ? <Badge tone="warning">Super-user</Badge> : <span class="muted">—</span>) },
    {
      key: "parents",
      header: "Parents",
      cell: (group) => (
        <Show when={group.parents.length > 0} fallback={<span class="muted">—</span>}>
          <ul class="inline-list">
            <For each={group.parents}>{(parent) => <li><A href={`/directory/groups/${parent.id}`}>{parent.name}</A></li>}</For>
          </ul>
        </Show>
      ),
    },
    { key: "members", header: "Members", width: "110px", cell: (group) => group.memberCount.toLocaleString("en") },
    editColumn((group) => group.name, props.onEdit),
  ];
  return (
    <PagedTable
      label="Groups"
      columns={columns}
      list={props.list}
      showCount
      rowKey={(group) => group.id}
      rowLabel={(group) => `Select ${group.name}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title={props.searching ? "No groups match" : "No groups yet"} description={props.searching ? "Try another name." : "Create the first group with Create."} />}
    />
  );
}
