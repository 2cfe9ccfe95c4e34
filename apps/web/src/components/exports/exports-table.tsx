/**
 * The Data Exports list: who asked, when, for what, its status and size, and Download when done.
 * The fixed widths leave room at 1024 px for the two flexible columns (who asked, for what), so
 * Download stays inside the table.
 */
import type { TDataExport } from "@roster/core";
import { Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { exportDownloadHref, exportFilterSummary, formatBytes, isExportActive } from "../../lib/export-texts";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { ExportFilterSummary } from "./export-filter-summary";
import { ExportStatus } from "./export-status";
import { missingMark } from "../../lib/missing-value";
import { MissingValue } from "../missing-value";
import "./exports.css";

export function ExportsTable(props: { list: PagedList<TDataExport>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void }) {
  const columns: Column<TDataExport>[] = [
    { key: "requestedBy", header: "Requested by", cell: (item) => item.requestedBy.username },
    { key: "requestedAt", header: "Requested", width: "96px", cell: (item) => <RelativeTime value={item.requestedAt} /> },
    { key: "filters", header: "Users", cell: (item) => <ExportFilterSummary params={item.queryParams} /> },
    { key: "status", header: "Status", width: "130px", cell: (item) => <ExportStatus item={item} /> },
    { key: "rows", header: "Rows", width: "64px", cell: (item) => <span class="export-number">{item.rowCount.toLocaleString("en")}</span> },
    { key: "size", header: "Size", width: "76px", cell: (item) => (isExportActive(item.status) && item.byteSize === 0 ? <MissingValue /> : <span class="export-number">{formatBytes(item.byteSize)}</span>) },
    { key: "completedAt", header: "Completed", width: "96px", cell: (item) => <RelativeTime value={item.completedAt} fallback={missingMark} /> },
    {
      key: "download",
      header: "",
      width: "104px",
      cell: (item) => (
        <Show when={item.status === "done"}>
          <a class="button button-secondary button-small" href={exportDownloadHref(item.id)} download="" aria-label={`Download the export of ${exportFilterSummary(item.queryParams)}`}>
            Download
          </a>
        </Show>
      ),
    },
  ];
  return (
    <Table
      label="Data exports"
      columns={columns}
      rows={props.list.rows()}
      rowKey={(item) => item.id}
      rowLabel={(item) => `Select the export requested by ${item.requestedBy.username}`}
      loading={props.list.loading() && props.list.rows().length === 0}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      hasMore={props.list.hasMore()}
      loadingMore={props.list.loadingMore()}
      onLoadMore={() => void props.list.loadMore()}
      empty={<EmptyState title="No exports yet" description="Export users from Directory › Users; the files appear here, with their progress." />}
    />
  );
}

