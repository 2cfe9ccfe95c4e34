/**
 * The words of `applications.checkAccess`: one line per binding (which passed or failed, and why),
 * then the verdict. The verdict itself comes from the database's access predicate; these lines
 * only explain it.
 */
import type { TPolicyEngineMode } from "./schema.js";

export interface TEvaluatedBinding {
  order: number;
  negate: boolean;
  enabled: boolean;
  user: { id: string; username: string } | null;
  group: { id: string; name: string } | null;
  /** Whether the binding names the user, or a group the user is in (directly or below it). */
  matched: boolean;
  /** For a group binding matched through a group below it: that group, the user's own. */
  via: string | null;
  /** `matched`, inverted by `negate`. */
  passing: boolean;
}

export interface TAccessCase {
  username: string;
  isActive: boolean;
  applicationName: string;
  mode: TPolicyEngineMode;
  /** In evaluation order: by `order`, then id. */
  bindings: readonly TEvaluatedBinding[];
  /** The predicate's verdict. */
  passing: boolean;
}

export function inactiveUserMessage(username: string): string {
  return `"${username}" is inactive: inactive users never pass.`;
}

function describeBinding(binding: TEvaluatedBinding): string {
  const subject = binding.user ? `User binding "${binding.user.username}"` : `Group binding "${binding.group?.name ?? "?"}"`;
  return `${subject} (order ${binding.order}${binding.negate ? ", negated" : ""})`;
}

function reason(binding: TEvaluatedBinding, username: string): string {
  if (binding.user) return binding.matched ? `it names "${username}"` : `it names another user`;
  const group = binding.group?.name ?? "?";
  if (!binding.matched) return `"${username}" is not a member of "${group}" or of a group below it`;
  return binding.via ? `"${username}" is a member of "${binding.via}", below "${group}"` : `"${username}" is a member of "${group}"`;
}

export function explainAccess(access: TAccessCase): string[] {
  const messages: string[] = [];
  if (!access.isActive) messages.push(inactiveUserMessage(access.username));
  const enabled = access.bindings.filter((binding) => binding.enabled);
  for (const binding of access.bindings) {
    if (!binding.enabled) messages.push(`${describeBinding(binding)} is disabled and was not evaluated.`);
    else messages.push(`${describeBinding(binding)} ${binding.passing ? "passed" : "failed"}: ${reason(binding, access.username)}.`);
  }
  const may = access.passing ? "may" : "may not";
  const who = `"${access.username}" ${may} access "${access.applicationName}"`;
  if (!access.isActive) return messages;
  if (enabled.length === 0) {
    messages.push(`No enabled binding: every active user may access "${access.applicationName}".`);
    return messages;
  }
  const passed = enabled.filter((binding) => binding.passing).length;
  const total = enabled.length;
  const bindings = total === 1 ? "binding" : "bindings";
  if (access.mode === "any") {
    messages.push(passed > 0 ? `Mode "any": ${passed} of ${total} ${bindings} passed, so ${who}.` : `Mode "any": none of the ${total} ${bindings} passed, so ${who}.`);
  } else {
    messages.push(passed === total ? `Mode "all": all ${total} ${bindings} passed, so ${who}.` : `Mode "all": ${total - passed} of ${total} ${bindings} failed, so ${who}.`);
  }
  return messages;
}

/** What the bindings alone decide, by the rule of SPEC §10 (for tests that hold the predicate to it). */
export function bindingsVerdict(mode: TPolicyEngineMode, bindings: readonly Pick<TEvaluatedBinding, "enabled" | "passing">[]): boolean {
  const enabled = bindings.filter((binding) => binding.enabled);
  if (enabled.length === 0) return true;
  return mode === "any" ? enabled.some((binding) => binding.passing) : enabled.every((binding) => binding.passing);
}
