import type { Actor } from "@roster/core";
import type { ExportViewer } from "@roster/db";

/** Anyone signed in sees their own exports; `view_dataexport` sees everyone's. */
export function exportViewer(actor: Actor): ExportViewer {
  return { userId: actor.userId, seesAll: actor.permissions.has("view_dataexport") };
}
