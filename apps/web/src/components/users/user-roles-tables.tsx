/**
 * The two tables of the Roles tab. All Roles says where each role comes from in words, as Okta's
 * "assigned via group" does: "from group staff (inherited through engineering)" for a role the
 * user has because their group engineering is a child of staff, which holds it.
 */
import type { TRoleSource, TUserRoles } from "@roster/core";
import { For, Show } from "solid-js";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { GroupLink, GroupLinks, RoleLink, type NamedRef } from "./directory-links";

export type RoleRef = NamedRef;
type RoleEntry = TUserRoles["all"][number];

/** Without `selected`, no row checkboxes (an admin who may not unassign roles). */
export function AssignedRolesTable(props: { username: string; rows: RoleRef[]; loading: boolean; selected: ReadonlySet<string> | undefined; onSelectionChange: (selected: Set<string>) => void }) {
  const columns: Column<RoleRef>[] = [{ key: "name", header: "Role", cell: (role) => <RoleLink role={role} /> }];
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

/**
 * "from group staff (inherited through engineering)", or "from group engineering" for the user's
 * own group; "also from …" beside a role that is assigned directly as well.
 */
function RoleSourceLine(props: { source: TRoleSource; also: boolean }) {
  return (
    <li>
      {props.also ? "also from group " : "from group "}
      <GroupLink group={props.source.group} />
      <Show when={props.source.through.length > 0}>
        {" "}
        (inherited through <GroupLinks groups={props.source.through} />)
      </Show>
    </li>
  );
}

export function AllRolesTable(props: { username: string; rows: RoleEntry[]; loading: boolean }) {
  const columns: Column<RoleEntry>[] = [
    { key: "name", header: "Role", cell: (entry) => <RoleLink role={entry.role} /> },
    {
      key: "source",
      header: "Source",
      cell: (entry) => (
        <span class="row role-source">
          {entry.inherited ? <Badge tone="info">Inherited</Badge> : <Badge>Assigned</Badge>}
          <Show when={entry.sources.length > 0}>
            <ul class="role-source-list muted">
              <For each={entry.sources}>{(source) => <RoleSourceLine source={source} also={!entry.inherited} />}</For>
            </ul>
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
