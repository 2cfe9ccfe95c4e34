/** The bell's badge, the severity of each notification, and which links download a file. */
import type { TSeverity } from "@roster/core";

export function unseenBadge(unseen: number): string {
  return unseen > 99 ? "99+" : String(unseen);
}

export function bellLabel(unseen: number): string {
  if (unseen === 0) return "Notifications";
  return `Notifications, ${unseen.toLocaleString("en")} unread`;
}

export const severityLabels: Record<TSeverity, string> = { notice: "Notice", warning: "Warning", alert: "Alert" };
export const severityTones: Record<TSeverity, "info" | "warning" | "danger"> = { notice: "info", warning: "warning", alert: "danger" };

/** A file to download (`/exports/<id>/download`) is fetched by the browser, not routed by the console. */
export function isDownloadHref(href: string): boolean {
  return /\/download(?:$|[?#])/.test(href) || /^https?:\/\//.test(href);
}
