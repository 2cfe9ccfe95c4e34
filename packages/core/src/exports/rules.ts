/** What a user export contains and how its file is named. */
import { csvRow } from "./csv.js";

/** The header row of a user export, in column order. */
export const userExportColumns = ["Username", "Name", "Email", "Active", "Path", "Type", "Groups", "Last login", "Date joined", "Attributes"] as const;

export const userExportHeader = csvRow(userExportColumns);

/** `users_2025-01-31.csv`: the model and the (UTC) day the export was requested. */
export function exportFileName(model: string, requestedAt: Date): string {
  return `${model}s_${requestedAt.toISOString().slice(0, 10)}.csv`;
}

/** The notification that tells the requester the file is ready, or why it is not. */
export const exportMessages = {
  ready: "User export generated successfully",
  failed: (error: string) => `User export failed: ${error}`,
} as const;
