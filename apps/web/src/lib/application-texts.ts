/** What the Applications pages say: confirmations that name what goes, providers, binding subjects, access verdicts. */
import type { TApplication, TPolicyBinding, TPolicyEngineMode } from "@roster/core";
import { nameList, plural, type Confirmation } from "./user-texts";

export function deleteApplicationsConfirmation(names: readonly string[]): Confirmation {
  const one = names.length === 1;
  return {
    title: one ? "Delete application" : "Delete applications",
    consequence: `Delete ${plural(names.length, "application")}: ${nameList(names)}? This cannot be undone: ${one ? "its" : "their"} bindings are removed and ${one ? "it disappears" : "they disappear"} from everyone's My applications.`,
    confirmLabel: "Delete",
  };
}

export function deleteBindingsConfirmation(applicationName: string, bindings: readonly TPolicyBinding[]): Confirmation {
  return {
    title: bindings.length === 1 ? "Delete binding" : "Delete bindings",
    consequence: `Delete ${plural(bindings.length, "binding")} of ${applicationName}: ${nameList(bindings.map(bindingSubject))}? Who may access ${applicationName} changes at once; with no enabled binding left, every active user may.`,
    confirmLabel: "Delete",
  };
}

/** "Grafana (oauth2)", or null while the application has no provider (providers arrive with SPEC §11). */
export function providerLabel(provider: TApplication["provider"]): string | null {
  return provider ? `${provider.name} (${provider.type})` : null;
}

/** "user alice", "group engineering". */
export function bindingSubject(binding: Pick<TPolicyBinding, "user" | "group">): string {
  if (binding.user) return `user ${binding.user.username}`;
  if (binding.group) return `group ${binding.group.name}`;
  return "nobody";
}

/** How the bindings decide, for the Bindings tab and the Overview. */
export function accessSummary(bindingCount: number, mode: TPolicyEngineMode): string {
  if (bindingCount === 0) return "No enabled bindings: every active user may access this application.";
  const needed = mode === "all" ? "every enabled binding must pass" : "one passing binding is enough";
  return `${plural(bindingCount, "enabled binding")}: ${needed}.`;
}

/** The `order` field as typed: blank means "after the last binding". */
export function parseBindingOrder(text: string): { ok: true; order: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, order: undefined };
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, message: "The order must be a whole number." };
  return { ok: true, order: Number(trimmed) };
}
