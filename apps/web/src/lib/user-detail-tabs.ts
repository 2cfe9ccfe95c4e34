/**
 * The user page's tabs and what each needs to open: the permissions its procedures check
 * (`apps/api/src/routers/users/*`). The page itself needs `view_user` on the user (`users.get`).
 * The chosen tab is `?tab=…`; one this admin may not open, or an unknown one, falls back to
 * Overview.
 */
import type { Me } from "./api-types";
import { meetsAll, type TRequirement } from "./permissions";

type Grants = Pick<Me, "permissions" | "objectPermissions">;

export interface UserTab {
  id: string;
  label: string;
  /** All of them, each held globally or on the user (the server checks the user itself). */
  requires: readonly TRequirement[];
}

export const userTabs = [
  { id: "overview", label: "Overview", requires: ["view_user"] }, // users.get
  { id: "sessions", label: "Sessions", requires: ["view_user"] }, // users.sessions
  { id: "groups", label: "Groups", requires: ["view_user"] }, // users.groups
  { id: "roles", label: "Roles", requires: ["view_user"] }, // users.roles
  { id: "events", label: "User events", requires: ["view_user", "view_event"] }, // users.events
  { id: "consents", label: "Explicit consent", requires: ["view_user"] }, // users.consents
  { id: "refresh-tokens", label: "OAuth Refresh Tokens", requires: ["view_user"] }, // users.refreshTokens
  { id: "authenticators", label: "MFA Authenticators", requires: ["view_user"] }, // users.authenticators
  { id: "applications", label: "Applications", requires: ["view_user_applications"] }, // users.applications
] as const satisfies readonly UserTab[];

export type UserTabId = (typeof userTabs)[number]["id"];

/** The tabs this admin may open, in their order; Overview always (the page needs what it needs). */
export function userTabsFor(grants: Grants): UserTab[] {
  return userTabs.filter((tab) => tab.id === "overview" || meetsAll(grants, tab.requires));
}

/** The tab in the URL when it is one of `allowed`, otherwise Overview. */
export function readUserTab(value: string | string[] | undefined, allowed: readonly UserTab[] = userTabs): UserTabId {
  const wanted = Array.isArray(value) ? value[0] : value;
  return userTabs.find((tab) => tab.id === wanted && allowed.some((entry) => entry.id === tab.id))?.id ?? "overview";
}

/** The search parameter for a tab: the default tab keeps the URL clean. */
export function userTabParam(tab: UserTabId): string | undefined {
  return tab === "overview" ? undefined : tab;
}

/** What a tab loads from: the user, and the page's refresh count that every header action bumps. */
export interface UserTabSource {
  userId: string;
  version: number;
}
