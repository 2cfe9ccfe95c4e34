/** The two tables of the Roles tab. */
import { Show } from "solid-js";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";

export interface RoleRef {
  id: string;
  name: string;
}

export interface RoleEntry {
  role: RoleRef;
  inherited: boolean;
  via: string[];
}

export function AssignedRolesTable(props: { username: string; rows: RoleRef[]; loading: boolean; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void }) {
  const columns: Column<RoleRef>[] = [{ key: "name", header: "Role", cell: (role) => role.name }];
  return (
    <Table
      label={`Roles assigned to ${props.username}`}
      columns={columns}
      rows={props.rows}
      rowKey={(role) => role.id}
      rowLabel={(role) => `Select ${role.name}`}
      loading={props.loading}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title="No roles assigned directly" description="Roles may still come through the user's groups: see All Roles." />}
    />
  );
}

export function AllRolesTable(props: { username: string; rows: RoleEntry[]; loading: boolean }) {
  const columns: Column<RoleEntry>[] = [
    { key: "name", header: "Role", cell: (entry) => entry.role.name },
    {
      key: "source",
      header: "Source",
      cell: (entry) => (
        <span class="row">
          {entry.inherited ? <Badge tone="info">Inherited</Badge> : <Badge>Assigned</Badge>}
          <Show when={entry.via.length > 0}>
            <span class="muted">via {entry.via.join(", ")}</span>
          </Show>
        </span>
      ),
    },
  ];
  return (
    <Table
      label={`All roles of ${props.username}`}
      columns={columns}
      rows={props.rows}
      rowKey={(entry) => entry.role.id}
      loading={props.loading}
      empty={<EmptyState title="No roles" description="The user has no role, directly or through a group." />}
    />
  );
}
