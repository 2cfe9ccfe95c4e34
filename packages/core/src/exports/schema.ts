/** Input and output shapes of `users.export` and the `exports.*` procedures. */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { ZUserListFilter } from "../users/schema.js";

export const exportStatuses = ["pending", "running", "done", "failed"] as const;
export const ZExportStatus = z.enum(exportStatuses);
export type TExportStatus = z.infer<typeof ZExportStatus>;

/** `users.export` takes the Users list's filters, without a cursor: the file holds every match. */
export const ZUserExportInput = ZUserListFilter;
export type TUserExportInput = z.infer<typeof ZUserExportInput>;

export const ZUserExportResult = z.object({ exportId: z.uuid() });

export const ZDataExport = z.object({
  id: z.uuid(),
  /** Null when the requester has been deleted since; the username is kept. */
  requestedBy: z.object({ id: z.uuid().nullable(), username: z.string() }),
  requestedAt: z.string(),
  model: z.string(),
  queryParams: ZUserListFilter,
  status: ZExportStatus,
  rowCount: z.number().int(),
  byteSize: z.number().int(),
  completedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type TDataExport = z.infer<typeof ZDataExport>;

export const ZExportListInput = ZPageInput;
export const ZExportGetInput = z.object({ id: z.uuid() });

/** Where the finished file is served (same authentication as the API). */
export function exportDownloadPath(exportId: string): string {
  return `/exports/${exportId}/download`;
}
