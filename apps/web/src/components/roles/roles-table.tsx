/** The Roles list: name (link), how many permissions it grants, and the users and groups holding it. */
import { A } from "@solidjs/router";
import type { TRole } from "@roster/core";
import type { PagedList } from "../../lib/api-query";
import { EmptyState } from "../../ui/empty-state";
import { editColumn, PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";

export function RolesTable(props: { list: PagedList<TRole>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (role: TRole) => void; searching: boolean }) {
  const count = (value: number) => value.toLocaleString("en");
  const columns: Column<TRole>[] = [
    { key: "name", header: "Name", cell: (role) => <A href={`/directory/roles/${role.id}`}>{role.name}</A> },
    { key: "permissions", header: "Permissions", width: "130px", cell: (role) => count(role.permissionCount) },
    { key: "users", header: "Users", width: "100px", cell: (role) => count(role.userCount) },
    { key: "groups", header: "Groups", width: "100px", cell: (role) => count(role.groupCount) },
    editColumn((role) => role.name, props.onEdit),
  ];
  return (
    <PagedTable
      label="Roles"
      columns={columns}
      list={props.list}
      showCount
      rowKey={(role) => role.id}
      rowLabel={(role) => `Select ${role.name}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title={props.searching ? "No roles match" : "No roles yet"} description={props.searching ? "Try another name." : "Create a role, then give it permissions."} />}
    />
  );
}
