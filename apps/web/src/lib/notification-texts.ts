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

export interface BodySegment {
  text: string;
  code: boolean;
}

/**
 * A notification's text in pieces: what stands between its first and last backtick is code (an
 * export's query, which may itself hold quotes or backticks), shown as such instead of quoted.
 */
export function bodySegments(body: string): BodySegment[] {
  const start = body.indexOf("`");
  const end = body.lastIndexOf("`");
  if (start === -1 || end === start) return [{ text: body, code: false }];
  const segments = [
    { text: body.slice(0, start), code: false },
    { text: body.slice(start + 1, end), code: true },
    { text: body.slice(end + 1), code: false },
  ];
  return segments.filter((segment) => segment.text !== "");
}

/** The text without its code marks, for labels ("Delete notification: …"). */
export function bodyText(body: string): string {
  return bodySegments(body)
    .map((segment) => segment.text)
    .join("");
}
