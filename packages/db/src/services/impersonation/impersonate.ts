/**
 * users.impersonate: the caller's own session acts as the target until `endImpersonation`. The
 * rules and their order are in @roster/core (impersonation/rules.ts); the trust rules of SPEC §9
 * (rule 1, rule 5, holding what the target holds) in services/authorization/.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { checkImpersonation, checkImpersonationTarget, type Actor } from "@roster/core";
import { Settings } from "../../entities/settings.js";
import { sql } from "../../sql.js";
import { recordEvent } from "../events/record-event.js";
import { assertMayTakeOver } from "../authorization/index.js";

export async function impersonate(em: EntityManager, actor: Actor, targetId: string, reason: string | undefined): Promise<void> {
  const settings = await em.findOneOrFail(Settings, { id: 1 });
  const trimmed = checkImpersonation(actor, settings, targetId, reason);
  const targets = await sql<{ username: string; isActive: boolean }>(em, `SELECT username, is_active AS "isActive" FROM users WHERE id = ?`, [targetId]);
  const target = targets[0];
  checkImpersonationTarget(target);
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

