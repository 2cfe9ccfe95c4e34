/**
 * Data Exports' list, polled every 1.5 s while an export is pending or running so that its rows
 * done so far move; when one finishes, the bell is asked to look for its notification.
 */
import type { TDataExport } from "@roster/core";
import { createEffect, onCleanup } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { anyExportActive, finishedSince } from "../../lib/export-texts";
import { refreshNotifications } from "../../lib/notification-refresh";
import { trpc } from "../../lib/trpc";

const pollMs = 1500;

export function useExportList() {
  const list = usePagedList(() => true, (_, cursor) => trpc.exports.list.query(cursor ? { cursor } : {}));
  let previous: TDataExport[] = [];
  createEffect(() => {
    const rows = list.rows();
    if (finishedSince(previous, rows).length > 0) refreshNotifications();
    previous = rows;
    if (!anyExportActive(rows)) return;
    const timer = setTimeout(() => void list.refresh(), pollMs);
    onCleanup(() => clearTimeout(timer));
  });
  return list;
}
