/**
 * A Table fed by a paged list: its rows, loading state, "Load more" and the "N shown" count come
 * from the list (and its error, shown in place of the rows), so a list page names only its columns
 * and its empty state. `editColumn` is the
 * trailing Edit button those pages share.
 */
import { splitProps } from "solid-js";
import type { PagedList } from "../lib/api-query";
import { Button } from "./button";
import { Table, type Column, type TableProps } from "./table";

export interface PagedTableProps<Row> extends Omit<TableProps<Row>, "rows" | "loading" | "hasMore" | "loadingMore" | "onLoadMore" | "countLabel"> {
  list: PagedList<Row>;
  /** Show "N shown" beside Load more. */
  showCount?: boolean;
}

export function PagedTable<Row>(props: PagedTableProps<Row>) {
  const [local, table] = splitProps(props, ["list", "showCount"]);
  const shown = () => local.list.rows().length;
  return (
    <Table
      {...table}
      rows={local.list.rows()}
      loading={local.list.loading()}
      hasMore={local.list.hasMore()}
      loadingMore={local.list.loadingMore()}
      onLoadMore={() => void local.list.loadMore()}
      error={local.list.error()?.message ?? null}
      countLabel={local.showCount && shown() > 0 ? `${shown().toLocaleString("en")} shown` : ""}
    />
  );
}

/** The row's Edit button, named "Edit <name>" for screen readers (the visible word first, WCAG 2.5.3). */
export function editColumn<Row>(name: (row: Row) => string, onEdit: (row: Row) => void): Column<Row> {
  return {
    key: "edit",
    header: "",
    width: "48px",
    cell: (row) => (
      <Button variant="ghost" size="small" aria-label={`Edit ${name(row)}`} onClick={() => onEdit(row)}>
        Edit
      </Button>
    ),
  };
}
