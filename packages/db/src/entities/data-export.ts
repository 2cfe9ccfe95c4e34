import { EntitySchema, type Opt } from "@mikro-orm/core";

export type TExportStatus = "pending" | "running" | "done" | "failed";

/** A CSV export; its bytes live in data_export_chunks so every API replica can stream them. */
export class DataExport {
  id!: string;
  requestedById: string | null = null;
  requestedByUsername: string & Opt = "";
  requestedAt: Date & Opt = new Date();
  model: "user" & Opt = "user";
  queryParams: Record<string, unknown> & Opt = {};
  status: TExportStatus & Opt = "pending";
  rowCount: number & Opt = 0;
  byteSize: number & Opt = 0;
  completedAt: Date | null = null;
  error: string | null = null;
}

export const DataExportSchema = new EntitySchema<DataExport>({
  class: DataExport,
  tableName: "data_exports",
  properties: {
    id: { type: "uuid", primary: true },
    requestedById: { type: "uuid", nullable: true },
    requestedByUsername: { type: "text" },
    requestedAt: { type: "datetime" },
    model: { type: "text" },
    queryParams: { type: "json" },
    status: { type: "text" },
    rowCount: { type: "bigint", runtimeType: "number" } as never,
    byteSize: { type: "bigint", runtimeType: "number" } as never,
    completedAt: { type: "datetime", nullable: true },
    error: { type: "text", nullable: true },
  },
});
