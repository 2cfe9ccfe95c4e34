/** Detail pages keep their tab in the URL (`?tab=members`); the first tab keeps the URL clean. */
export interface DetailTab {
  id: string;
  label: string;
}

export function readTab<T extends readonly DetailTab[]>(tabs: T, value: string | string[] | undefined): T[number]["id"] {
  const wanted = Array.isArray(value) ? value[0] : value;
  return tabs.find((tab) => tab.id === wanted)?.id ?? tabs[0]?.id ?? "";
}

export function tabParam(tabs: readonly DetailTab[], tab: string): string | undefined {
  return tab === tabs[0]?.id ? undefined : tab;
}

export const groupTabs = [
  { id: "overview", label: "Overview" },
  { id: "members", label: "Members" },
  { id: "roles", label: "Roles" },
] as const;

export const roleTabs = [
  { id: "permissions", label: "Permissions" },
  { id: "members", label: "Members" },
] as const;

export const applicationTabs = [
  { id: "overview", label: "Overview" },
  { id: "provider", label: "Provider" },
  { id: "bindings", label: "Bindings" },
  { id: "check-access", label: "Check access" },
] as const;
