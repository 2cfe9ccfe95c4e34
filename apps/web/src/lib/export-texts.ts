/** How Data Exports show an export: its filters in one line, its size, its status, and whether it still runs. */
import type { TDataExport, TExportStatus } from "@roster/core";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString("en")} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit] ?? "TB"}`;
}

export interface ExportFilterPart {
  label: "folder" | "query" | "ordering";
  value: string;
}

/** The filters an export was asked with, folder first; the query is shown as code, not quoted. */
export function exportFilterParts(params: TDataExport["queryParams"]): ExportFilterPart[] {
  const parts: ExportFilterPart[] = [];
  if (params.path) parts.push({ label: "folder", value: params.path });
  if (params.query) parts.push({ label: "query", value: params.query });
  if (params.ordering) parts.push({ label: "ordering", value: params.ordering });
  return parts;
}

/** `folder users/eng · query username startswith "a" · ordering -last_login`; "All users" without filters. */
export function exportFilterSummary(params: TDataExport["queryParams"]): string {
  const parts = exportFilterParts(params).map((part) => `${part.label} ${part.value}`);
  return parts.length > 0 ? parts.join(" · ") : "All users";
}

export function isExportActive(status: TExportStatus): boolean {
  return status === "pending" || status === "running";
}

export function anyExportActive(items: readonly Pick<TDataExport, "status">[]): boolean {
  return items.some((item) => isExportActive(item.status));
}

export const exportStatusLabels: Record<TExportStatus, string> = { pending: "Pending", running: "Running", done: "Done", failed: "Failed" };
export const exportStatusTones: Record<TExportStatus, "neutral" | "info" | "success" | "danger"> = { pending: "neutral", running: "info", done: "success", failed: "danger" };

/** Ids of exports that were running in `before` and have finished in `after` (the bell has news). */
export function finishedSince(before: readonly Pick<TDataExport, "id" | "status">[], after: readonly Pick<TDataExport, "id" | "status">[]): string[] {
  const active = new Set(before.filter((item) => isExportActive(item.status)).map((item) => item.id));
  return after.filter((item) => active.has(item.id) && !isExportActive(item.status)).map((item) => item.id);
}

/** Served by the API beside `/trpc`, with the same cookie (the web app imports only types from core). */
export function exportDownloadHref(exportId: string): string {
  return `/exports/${encodeURIComponent(exportId)}/download`;
}
