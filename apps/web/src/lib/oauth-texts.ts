/** Words of the consent and refresh-token lists (user page tabs, Settings). */
import { scopeDescription } from "@roster/core";
import { plural } from "./user-texts";

export interface RecordsConfirmation {
  title: string;
  consequence: string;
  confirmLabel: string;
}

export function consentsConfirmation(owner: string, count: number): RecordsConfirmation {
  return {
    title: count === 1 ? "Delete consent" : "Delete consents",
    consequence: `Delete ${plural(count, "consent")} of ${owner}? The application${count === 1 ? "" : "s"} will ask ${owner} for consent again at the next sign-in.`,
    confirmLabel: "Delete",
  };
}

export function refreshTokensConfirmation(owner: string, count: number): RecordsConfirmation {
  return {
    title: count === 1 ? "Delete refresh token" : "Delete refresh tokens",
    consequence: `Delete ${plural(count, "refresh token")} of ${owner}? The application${count === 1 ? "" : "s"} holding ${count === 1 ? "it" : "them"} can no longer renew ${owner}'s access: ${owner} must sign in to ${count === 1 ? "it" : "them"} again.`,
    confirmLabel: "Delete",
  };
}

export function revokeConsentsConfirmation(applications: readonly string[]): RecordsConfirmation {
  const named = applications.length === 1 ? applications[0] ?? "" : plural(applications.length, "application");
  return {
    title: "Disconnect",
    consequence: `Disconnect ${named}? ${applications.length === 1 ? "It" : "They"} will ask for your consent again the next time you sign in.`,
    confirmLabel: "Disconnect",
  };
}

/** "openid profile" as people read it. */
export function describeScopes(scopes: readonly string[]): string {
  return scopes.map(scopeDescription).join(" · ");
}
