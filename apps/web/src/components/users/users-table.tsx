/**
 * The Users list: username (link), name, active, last login, and an edit button per row; a row
 * opens (chevron, or a click on its background) to the user's facts and quick actions.
 */
import { A } from "@solidjs/router";
import type { TUser } from "@roster/core";
import type { SortState } from "../../lib/table-sort";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { EditIcon } from "./user-icons";
import { UserRowDetails } from "./user-row-details";

/** How `users.list` sorts without an `ordering`: the Username header shows it. */
export const defaultUserSort: SortState = { key: "username", direction: "asc" };

export interface UsersTableProps {
  rows: TUser[];
  loading: boolean;
  sort: SortState | null;
  onSortChange: (sort: SortState) => void;
  /** Without them, no row checkboxes (nothing the person may do to several users). */
  selected?: ReadonlySet<string>;
  onSelectionChange?: (selected: Set<string>) => void;
  /** Without it (no `change_user`), no Edit button. */
  onEdit?: (user: TUser) => void;
  /** A user changed through an open row's action: the saved user when the form returns it. */
  onChanged: (user?: TUser) => void;
  /** The list could not be loaded; `null` for a query the search field already marks. */
  error: string | null;
  /** The query is not valid: no "No users match" under the field's error. */
  invalidQuery: boolean;
  countLabel: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  filtered: boolean;
}

export function UsersTable(props: UsersTableProps) {
  const edit = (onEdit: (user: TUser) => void): Column<TUser> => ({
    key: "edit",
    header: "",
    width: "36px",
    cell: (user) => (
      <Button variant="ghost" size="small" aria-label={`Edit ${user.username}`} title="Edit" onClick={() => onEdit(user)}>
        <EditIcon />
      </Button>
    ),
  });
  const columns = (): Column<TUser>[] => [
    { key: "username", header: "Username", sortable: true, cell: (user) => <A href={`/directory/users/${user.id}`}>{user.username}</A> },
    { key: "name", header: "Name", sortable: true, cell: (user) => user.name || <span class="muted">—</span> },
    { key: "active", header: "Active", width: "72px", cell: (user) => (user.isActive ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>) },
    { key: "last_login", header: "Last login", sortable: true, width: "100px", cell: (user) => <RelativeTime value={user.lastLogin} /> },
    ...(props.onEdit ? [edit(props.onEdit)] : []),
  ];
  return (
    <Table
      label="Users"
      columns={columns()}
      error={props.error}
      rows={props.rows}
      rowKey={(user) => user.id}
      rowLabel={(user) => `Select ${user.username}`}
      loading={props.loading}
      sort={props.sort}
      onSortChange={props.onSortChange}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      countLabel={props.countLabel}
      hasMore={props.hasMore}
      loadingMore={props.loadingMore}
      onLoadMore={props.onLoadMore}
      expand={{ label: (user) => `Details of ${user.username}`, content: (user) => <UserRowDetails user={user} onChanged={props.onChanged} /> }}
      empty={
        props.invalidQuery ? (
          <p class="muted">Correct the query above to list users.</p>
        ) : (
          <EmptyState title={props.filtered ? "No users match" : "No users yet"} description={props.filtered ? "Try another folder or query." : "Create the first user with Create."} />
        )
      }
    />
  );
}
