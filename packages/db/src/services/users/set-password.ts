/**
 * An admin sets a user's password: argon2id, `password_set` (never the password), and every
 * other session of the user refused from the commit on (see auth/change-password.ts); the
 * revoke job enqueued in the same transaction then deletes those rows. The admin's own session
 * survives when they reset their own password. Super-users and service accounts are protected
 * by the trust rules.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, passwordProblem, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { changePassword } from "../auth/change-password.js";
import { hashPassword } from "../auth/passwords.js";
import { assertMayTakeOver } from "../authorization/index.js";
import { recordEvent } from "../events/record-event.js";
import { enqueueJob } from "../jobs/enqueue.js";
import { internalServiceAccountMessage } from "./update-user.js";

export async function setPassword(em: EntityManager, actor: Actor, userId: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw AppError.field("password", problem);
  const passwordHash = await hashPassword(password);
  await em.transactional(async (tx) => {
    const users = await sql<{ type: string }>(tx, "SELECT type FROM users WHERE id = ? FOR UPDATE", [userId]);
    const user = users[0];
    if (!user) throw AppError.notFound("User");
    if (user.type === "internal_service_account") throw AppError.forbidden(internalServiceAccountMessage);
    await assertMayTakeOver(tx, actor, userId, "password");
    const keepSessionId = actor.userId === userId && !actor.impersonator ? actor.sessionId : null;
    await changePassword(tx, userId, passwordHash, keepSessionId);
    await recordEvent(tx, { action: "password_set", actor, origin: actor, targetUserId: userId, context: { method: "admin_reset" } });
    await enqueueJob(tx, "revokeUserSessions", { userId, reason: "password_set", ...(keepSessionId ? { keepSessionId } : {}) });
  });
}
