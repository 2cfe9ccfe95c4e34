/** User statistics' tables: the largest folders, and users by type and state; each row opens the Users list so filtered. */
import type { TUserStats } from "@roster/core";
import { A } from "@solidjs/router";
import { formatNumber } from "../../lib/format-count";
import { usersIn, usersOfType } from "../../lib/dashboard-links";
import { userTypeLabel } from "../../lib/user-labels";
import { Table } from "../../ui/table";

type Folder = TUserStats["byFolder"][number];
type TypeCount = TUserStats["byType"][number];

const number = (value: number) => <span class="numeric">{formatNumber(value)}</span>;

export function FolderCounts(props: { rows: Folder[] | undefined }) {
  return (
    <Table
      label="Largest folders"
      rows={props.rows ?? []}
      loading={props.rows === undefined}
      rowKey={(row) => row.path}
      empty={<p class="muted">No users yet.</p>}
      columns={[
        { key: "path", header: "Folder", cell: (row) => <A href={usersIn(row.path)}><code>{row.path}</code></A> },
        { key: "count", header: "Users in it", width: "120px", cell: (row) => number(row.count) },
      ]}
    />
  );
}

export function TypeCounts(props: { rows: TypeCount[] | undefined }) {
  return (
    <Table
      label="Users by type and state"
      rows={props.rows ?? []}
      loading={props.rows === undefined}
      rowKey={(row) => `${row.type}:${String(row.isActive)}`}
      empty={<p class="muted">No users yet.</p>}
      columns={[
        { key: "type", header: "Type", cell: (row) => <A href={usersOfType(row.type, row.isActive)}>{userTypeLabel(row.type)}</A> },
        { key: "state", header: "State", cell: (row) => (row.isActive ? "Active" : "Inactive") },
        { key: "count", header: "Users", width: "120px", cell: (row) => number(row.count) },
      ]}
    />
  );
}
