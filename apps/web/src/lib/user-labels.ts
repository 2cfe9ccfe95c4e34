/** Labels for a user's kind and state, as the header badges and the Overview show them. */
import type { TUserType } from "@roster/core";

const typeLabels: Record<TUserType, string> = {
  internal: "Internal",
  external: "External",
  service_account: "Service account",
  internal_service_account: "Internal service account",
};

export function userTypeLabel(type: TUserType): string {
  return typeLabels[type];
}

/** The display name, or the username for users without one. */
export function displayName(user: { username: string; name: string }): string {
  return user.name.trim() || user.username;
}
