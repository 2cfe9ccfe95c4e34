/** What a user export contains and how its file is named. */
import { csvRow } from "./csv.js";

/** The header row of a user export, in column order. */
export const userExportColumns = ["Username", "Name", "Email", "Active", "Path", "Type", "Groups", "Last login", "Date joined", "Attributes"] as const;

export const userExportHeader = csvRow(userExportColumns);

/** `users_2025-01-31.csv`: the model and the (UTC) day the export was requested. */
export function exportFileName(model: string, requestedAt: Date): string {
  return `${model}s_${requestedAt.toISOString().slice(0, 10)}.csv`;
}

/** The filters an export was asked with, as `data_exports.query_params` stores them. */
export interface ExportFilter {
  query?: string | undefined;
  path?: string | undefined;
}

/**
 * The filter in words: `folder users, query \`is_active = True\``, or `all users`. The query goes
 * last, between backticks (the console shows it as code), so that no quotes nest around its own.
 */
export function exportFilterText(filter: ExportFilter): string {
  const parts = [filter.path ? `folder ${filter.path}` : "", filter.query ? `query \`${filter.query}\`` : ""].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "all users";
}

/** The notification that tells the requester the file is ready (how many rows, which filter), or why it is not. */
export const exportMessages = {
  ready: (rowCount: number, filter: ExportFilter) => `Export of ${rowCount.toLocaleString("en")} ${rowCount === 1 ? "user" : "users"} ready — ${exportFilterText(filter)}`,
  failed: (error: string) => `User export failed: ${error}`,
} as const;
