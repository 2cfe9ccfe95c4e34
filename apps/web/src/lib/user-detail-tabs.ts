/** The user page's tabs; the chosen one is `?tab=…` in the URL. */
export const userTabs = [
  { id: "overview", label: "Overview" },
  { id: "sessions", label: "Sessions" },
  { id: "groups", label: "Groups" },
  { id: "roles", label: "Roles" },
  { id: "events", label: "User events" },
  { id: "consents", label: "Explicit consent" },
  { id: "refresh-tokens", label: "OAuth Refresh Tokens" },
  { id: "authenticators", label: "MFA Authenticators" },
  { id: "applications", label: "Applications" },
] as const;

export type UserTabId = (typeof userTabs)[number]["id"];

export function readUserTab(value: string | string[] | undefined): UserTabId {
  const wanted = Array.isArray(value) ? value[0] : value;
  return userTabs.find((tab) => tab.id === wanted)?.id ?? "overview";
}

/** The search parameter for a tab: the default tab keeps the URL clean. */
export function userTabParam(tab: UserTabId): string | undefined {
  return tab === "overview" ? undefined : tab;
}
