/**
 * What an audit event is about, for the Object column of Logs: the model an admin changed (with a
 * link to its page), else the user the event concerns (a password set, an impersonation, a
 * recovery link, revoked sessions, an email sent to them), else the address an email went to,
 * else the name a failed sign-in tried.
 */
import type { TEvent } from "@roster/core";

export interface EventSubject {
  label: string;
  href: string | null;
}

const modelPages: Record<string, { noun: string; href: (pk: string) => string }> = {
  user: { noun: "User", href: (pk) => `/directory/users/${pk}` },
  group: { noun: "Group", href: (pk) => `/directory/groups/${pk}` },
  role: { noun: "Role", href: (pk) => `/directory/roles/${pk}` },
  application: { noun: "Application", href: (pk) => `/applications/${pk}` },
  flow: { noun: "Flow", href: (pk) => `/flows/${pk}` },
  stage: { noun: "Stage", href: () => "/flows?tab=stages" },
  token: { noun: "Token", href: () => "/directory/tokens" },
  brand: { noun: "Brand", href: () => "/system/brands" },
  dataexport: { noun: "Export", href: () => "/events/exports" },
  settings: { noun: "Settings", href: () => "/system/settings" },
};

const emailActions = new Set(["email_sent", "email_failed"]);

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function eventSubject(event: Pick<TEvent, "context" | "targetUserId" | "targetUsername" | "action">): EventSubject | null {
  const model = text(event.context.model);
  const pk = text(event.context.pk);
  if (model) {
    const page = modelPages[model];
    const name = text(event.context.name);
    const label = `${page?.noun ?? model.replaceAll("_", " ")}${name ? ` ${name}` : ""}`;
    // A deleted object has no page left to open.
    return { label, href: page && pk && event.action !== "model_deleted" ? page.href(pk) : null };
  }
  if (event.targetUserId) {
    return { label: `User ${event.targetUsername ?? "(deleted)"}`, href: event.targetUsername ? `/directory/users/${event.targetUserId}` : null };
  }
  // An email for no user (an invitation) names its address; one for a user names that user above.
  const recipient = text(event.context.to);
  if (recipient && emailActions.has(event.action)) return { label: `Address ${recipient}`, href: null };
  const tried = text(event.context.username);
  if (tried) return { label: `User ${tried}`, href: null };
  return null;
}
