/**
 * Impersonation's rules that need no database, in the order the spec gives: the permission
 * (global or on the user), the system setting, not oneself, a reason when required, no nested
 * impersonation, a browser session. `services/impersonation/impersonate.ts` applies them, then
 * the checks on the target row and the trust rules.
 */
import type { Actor } from "../auth/actor.js";
import { missingPermissionMessage } from "../authorization/rules.js";
import { AppError } from "../errors.js";

export const impersonationMessages = {
  disabled: "Impersonation is disabled.",
  self: "You cannot impersonate yourself.",
  reasonRequired: "A reason is required to impersonate a user.",
  inactive: "This user is inactive and cannot be impersonated.",
  nested: "End the current impersonation first.",
  noSession: "Impersonation needs a browser session; API tokens cannot impersonate.",
} as const;

export interface ImpersonationSettings {
  impersonation: boolean;
  impersonationRequireReason: boolean;
}

/** Throws the first rule the request breaks; returns the trimmed reason ("" when none). */
export function checkImpersonation(actor: Actor, settings: ImpersonationSettings, targetId: string, reason: string | undefined): string {
  if (!actor.permissions.has("impersonate", { type: "user", id: targetId })) throw AppError.forbidden(missingPermissionMessage("impersonate"));
  if (!settings.impersonation) throw AppError.forbidden(impersonationMessages.disabled);
  if (targetId === actor.userId) throw new AppError("BAD_REQUEST", impersonationMessages.self);
  const trimmed = reason?.trim() ?? "";
  if (settings.impersonationRequireReason && !trimmed) throw AppError.field("reason", impersonationMessages.reasonRequired);
  if (actor.impersonator) throw new AppError("BAD_REQUEST", impersonationMessages.nested);
  if (!actor.sessionId) throw new AppError("BAD_REQUEST", impersonationMessages.noSession);
  return trimmed;
}

/** The target must exist and be active. */
export function checkImpersonationTarget<Target extends { isActive: boolean }>(target: Target | undefined): asserts target is Target {
  if (!target) throw AppError.notFound("User");
  if (!target.isActive) throw new AppError("BAD_REQUEST", impersonationMessages.inactive);
}
