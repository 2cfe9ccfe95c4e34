/**
 * Where each dashboard card leads: the list behind its number, filtered (the Users list reads its
 * query from `?q=`, Logs its action from `?action=`, Tasks its tab and status).
 */
const usersWhere = (query: string) => `/directory/users?${new URLSearchParams({ q: query }).toString()}`;

export const dashboardLinks = {
  users: "/directory/users",
  activeUsers: usersWhere("is_active = True"),
  inactiveUsers: usersWhere("is_active = False"),
  serviceAccounts: usersWhere('type in ("service_account", "internal_service_account")'),
  activeInternalUsers: usersWhere('is_active = True and type = "internal"'),
  recentSignIns: `/directory/users?${new URLSearchParams({ ordering: "-last_login" }).toString()}`,
  groups: "/directory/groups",
  applications: "/applications",
  exports: "/events/exports",
  failedJobs: "/system/tasks?tab=jobs&status=failed",
  retryingJobs: "/system/tasks?tab=jobs&status=retrying",
  userStatistics: "/dashboards/users",
};

export function eventsOf(action: string): string {
  return `/events/logs?${new URLSearchParams({ action }).toString()}`;
}

export function usersIn(path: string): string {
  return `/directory/users?${new URLSearchParams({ path }).toString()}`;
}

export function usersOfType(type: string, isActive: boolean): string {
  return usersWhere(`type = "${type}" and is_active = ${isActive ? "True" : "False"}`);
}

/** "42 %" from a share, or null when there is none. */
export function percent(share: number | null): string | null {
  return share === null ? null : `${Math.round(share * 100)} %`;
}
