/**
 * Table: a dense list with sortable headers, row checkboxes (with select-all), rows that open to
 * show more (a chevron, or a click on the row's background), a sticky header, skeleton rows while
 * loading, an empty state, and "Load more" for keyset pagination. A failed load shows the
 * backend's message in place of the rows and the empty state, never above them. Columns keep the
 * widths they declare (the rest share what is left), so nothing shifts as rows load, open or
 * change; text too long for its column ends in an ellipsis, whole on hover.
 */
import { createUniqueId, For, Show, type JSX } from "solid-js";
import { ariaSort, nextSort, type SortState } from "../lib/table-sort";
import { selectAllState, toggleAll, toggleOne } from "../lib/table-selection";
import { Button } from "./button";
import { Checkbox } from "./checkbox";
import { ChevronRightIcon, SortIcon } from "./icons";
import { ErrorRow, SkeletonRows } from "./table-rows";
import { createExpansion, isRowBackgroundClick, titleWhenClipped } from "./table-expansion";
import "./table.css";

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => JSX.Element;
  sortable?: boolean;
  /** A CSS width ("140px"); columns without one share the rest of the table's width. */
  width?: string;
}

export interface RowExpansion<Row> {
  /** What the open row shows under it. */
  content: (row: Row) => JSX.Element;
  /** The chevron's label ("Details of bob"). */
  label: (row: Row) => string;
}

export interface TableProps<Row> {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** A label for the row's checkbox ("Select alice"). */
  rowLabel?: (row: Row) => string;
  loading?: boolean;
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  selected?: ReadonlySet<string>;
  onSelectionChange?: (selected: Set<string>) => void;
  empty?: JSX.Element;
  /** The list could not be loaded: this message replaces the rows and the empty state. */
  error?: string | null;
  /** "20 of ~1.2M" */
  countLabel?: string;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** Rows open to show more; without it, no chevrons. */
  expand?: RowExpansion<Row>;
}

export function Table<Row>(props: TableProps<Row>) {
  const selectable = () => props.selected !== undefined && props.onSelectionChange !== undefined;
  const visibleIds = () => props.rows.map((row) => props.rowKey(row));
  const allState = () => selectAllState(props.selected ?? new Set(), visibleIds());
  const columnCount = () => props.columns.length + (selectable() ? 1 : 0) + (props.expand ? 1 : 0);
  const expansion = createExpansion();
  const detailsPrefix = createUniqueId();
  return (
    <div class="table-wrap">
      <table class="table" aria-label={props.label} aria-busy={props.loading ? "true" : undefined}>
        <thead>
          <tr>
            <Show when={selectable()}>
              <th class="table-check" scope="col">
                <Checkbox labelHidden label="Select all rows" checked={allState() === "all"} indeterminate={allState() === "some"} disabled={props.rows.length === 0} onChange={() => props.onSelectionChange?.(toggleAll(props.selected ?? new Set(), visibleIds()))} />
              </th>
            </Show>
            <Show when={props.expand}>
              <th class="table-toggle" scope="col">
                <span class="visually-hidden">Details</span>
              </th>
            </Show>
            <For each={props.columns}>
              {(column) => (
                <th scope="col" style={column.width ? { width: column.width } : undefined} aria-sort={column.sortable ? ariaSort(props.sort ?? null, column.key) : undefined}>
                  <Show when={column.sortable && props.onSortChange} fallback={column.header}>
                    <button type="button" class="table-sort" onClick={() => props.onSortChange?.(nextSort(props.sort ?? null, column.key))}>
                      {column.header}
                      <SortIcon direction={props.sort?.key === column.key ? props.sort.direction : null} />
                    </button>
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <Show when={!(props.loading && props.rows.length === 0)} fallback={<SkeletonRows columns={columnCount()} />}>
            <Show when={props.rows.length > 0 || props.error} fallback={<tr><td colSpan={columnCount()}>{props.empty ?? <p class="muted">Nothing here yet.</p>}</td></tr>}>
              <ErrorRow message={props.error} columns={columnCount()} />
              <For each={props.error ? [] : props.rows}>
                {(row) => {
                  const id = () => props.rowKey(row);
                  const isSelected = () => props.selected?.has(id()) ?? false;
                  const detailsId = () => `${detailsPrefix}-${id()}`;
                  const opened = () => props.expand !== undefined && expansion.isOpen(id());
                  return (
                    <>
                      <tr
                        aria-selected={selectable() ? isSelected() : undefined}
                        class={props.expand ? "table-row-expandable" : undefined}
                        onClick={(event) => {
                          if (props.expand && isRowBackgroundClick(event)) expansion.toggle(id());
                        }}
                      >
                        <Show when={selectable()}>
                          <td class="table-check">
                            <Checkbox labelHidden label={props.rowLabel?.(row) ?? "Select row"} checked={isSelected()} onChange={() => props.onSelectionChange?.(toggleOne(props.selected ?? new Set(), id()))} />
                          </td>
                        </Show>
                        <Show when={props.expand}>
                          {(expand) => (
                            <td class="table-toggle">
                              <Button variant="ghost" size="small" aria-expanded={opened()} aria-controls={detailsId()} aria-label={expand().label(row)} onClick={() => expansion.toggle(id())}>
                                <ChevronRightIcon />
                              </Button>
                            </td>
                          )}
                        </Show>
                        <For each={props.columns}>{(column) => <td onMouseEnter={titleWhenClipped}>{column.cell(row)}</td>}</For>
                      </tr>
                      <Show when={opened() && props.expand}>
                        {(expand) => (
                          <tr class="table-details" id={detailsId()}>
                            <td colSpan={columnCount()}>{expand().content(row)}</td>
                          </tr>
                        )}
                      </Show>
                    </>
                  );
                }}
              </For>
            </Show>
          </Show>
        </tbody>
      </table>
      <Show when={props.countLabel || props.hasMore}>
        <div class="table-footer">
          <Show when={props.hasMore && props.onLoadMore}>
            <Button size="small" busy={props.loadingMore} onClick={() => props.onLoadMore?.()}>
              Load more
            </Button>
          </Show>
          <Show when={props.countLabel}>
            <span>{props.countLabel}</span>
          </Show>
        </div>
      </Show>
    </div>
  );
}
