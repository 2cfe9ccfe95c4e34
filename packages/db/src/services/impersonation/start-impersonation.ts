/**
 * Impersonation, with the checks in the order the spec gives: the permission (global or on the
 * user), the system setting, not oneself, a reason when required. The caller's own session then
 * acts as the target until `endImpersonation`.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor } from "@roster/core";
import { Settings } from "../../entities/settings.js";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";
import { assertMayTakeOver } from "../authorization/index.js";

export const impersonationMessages = {
  disabled: "Impersonation is disabled.",
  self: "You cannot impersonate yourself.",
  reasonRequired: "A reason is required to impersonate a user.",
  inactive: "This user is inactive and cannot be impersonated.",
  nested: "End the current impersonation first.",
  noSession: "Impersonation needs a browser session; API tokens cannot impersonate.",
} as const;

export async function startImpersonation(em: EntityManager, actor: Actor, targetId: string, reason: string | undefined): Promise<void> {
  if (!actor.permissions.has("impersonate", { type: "user", id: targetId })) throw AppError.forbidden(`You do not have the permission "impersonate".`);
  const settings = await em.findOneOrFail(Settings, { id: 1 });
  if (!settings.impersonation) throw AppError.forbidden(impersonationMessages.disabled);
  if (targetId === actor.userId) throw new AppError("BAD_REQUEST", impersonationMessages.self);
  const trimmed = reason?.trim() ?? "";
  if (settings.impersonationRequireReason && !trimmed) throw AppError.field("reason", impersonationMessages.reasonRequired);
  if (actor.impersonator) throw new AppError("BAD_REQUEST", impersonationMessages.nested);
  if (!actor.sessionId) throw new AppError("BAD_REQUEST", impersonationMessages.noSession);
  const targets = await sql<{ username: string; is_active: boolean }>(em, "SELECT username, is_active FROM users WHERE id = ?", [targetId]);
  const target = targets[0];
  if (!target) throw AppError.notFound("User");
  if (!target.is_active) throw new AppError("BAD_REQUEST", impersonationMessages.inactive);
  await assertMayTakeOver(em, actor, targetId, "impersonation");

  await em.transactional(async (tx) => {
    await sql(tx, "UPDATE sessions SET user_id = ?, impersonator_id = ?, impersonation_reason = ? WHERE id = ?", [targetId, actor.userId, trimmed || null, actor.sessionId]);
    await recordEvent(tx, {
      action: "impersonation_started",
      actor: { userId: actor.userId, username: actor.username, impersonator: null },
      origin: actor,
      targetUserId: targetId,
      context: { reason: trimmed, user: { id: targetId, username: target.username } },
    });
  });
}

/** Returns the session to the admin. Harmless when nobody is being impersonated. */
export async function endImpersonation(em: EntityManager, actor: Actor): Promise<boolean> {
  if (!actor.impersonator || !actor.sessionId) return false;
  const admin = actor.impersonator;
  await em.transactional(async (tx) => {
    await sql(tx, "UPDATE sessions SET user_id = impersonator_id, impersonator_id = NULL, impersonation_reason = NULL WHERE id = ? AND impersonator_id IS NOT NULL", [actor.sessionId]);
    await recordEvent(tx, {
      action: "impersonation_ended",
      actor: { userId: admin.id, username: admin.username, impersonator: null },
      origin: actor,
      targetUserId: actor.userId,
      context: { user: { id: actor.userId, username: actor.username } },
    });
  });
  return true;
}
