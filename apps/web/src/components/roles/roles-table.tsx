/** The Roles list: name (link), how many permissions it grants, and the users and groups holding it. */
import { A } from "@solidjs/router";
import type { TRole } from "@roster/core";
import type { PagedList } from "../../lib/api-query";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";

export function RolesTable(props: { list: PagedList<TRole>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (role: TRole) => void; searching: boolean }) {
  const count = (value: number) => value.toLocaleString("en");
  const columns: Column<TRole>[] = [
    { key: "name", header: "Name", cell: (role) => <A href={`/directory/roles/${role.id}`}>{role.name}</A> },
    { key: "permissions", header: "Permissions", width: "130px", cell: (role) => count(role.permissionCount) },
    { key: "users", header: "Users", width: "100px", cell: (role) => count(role.userCount) },
    { key: "groups", header: "Groups", width: "100px", cell: (role) => count(role.groupCount) },
    {
      key: "edit",
      header: "",
      width: "72px",
      cell: (role) => (
        <Button variant="ghost" size="small" aria-label={`Rename ${role.name}`} onClick={() => props.onEdit(role)}>
          Edit
        </Button>
      ),
    },
  ];
  return (
    <Table
      label="Roles"
      columns={columns}
      rows={props.list.rows()}
      rowKey={(role) => role.id}
      rowLabel={(role) => `Select ${role.name}`}
      loading={props.list.loading()}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      hasMore={props.list.hasMore()}
      loadingMore={props.list.loadingMore()}
      onLoadMore={() => void props.list.loadMore()}
      countLabel={props.list.rows().length > 0 ? `${props.list.rows().length.toLocaleString("en")} shown` : ""}
      empty={<EmptyState title={props.searching ? "No roles match" : "No roles yet"} description={props.searching ? "Try another name." : "Create a role, then give it permissions."} />}
    />
  );
}
