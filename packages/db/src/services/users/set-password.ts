/**
 * An admin sets a user's password: argon2id, passwordChangeDate, `password_set` (never the
 * password), and the user's other sessions ended by the revoke job enqueued in the same
 * transaction (the admin's own session survives when they reset their own password).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, passwordProblem, type Actor } from "@roster/core";
import { User } from "../../entities/user.js";
import { hashPassword } from "../auth/passwords.js";
import { recordEvent } from "../events/record-event.js";
import { enqueueJob } from "../jobs/enqueue.js";
import { internalServiceAccountMessage } from "./update-user.js";

export async function setPassword(em: EntityManager, actor: Actor, userId: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw AppError.field("password", problem);
  const passwordHash = await hashPassword(password);
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw AppError.notFound("User");
    if (user.type === "internal_service_account") throw AppError.forbidden(internalServiceAccountMessage);
    user.passwordHash = passwordHash;
    user.passwordChangeDate = new Date();
    await tx.flush();
    await recordEvent(tx, { action: "password_set", actor, origin: actor, targetUserId: userId, context: { method: "admin_reset" } });
    const keepSessionId = actor.userId === userId ? (actor.sessionId ?? undefined) : undefined;
    await enqueueJob(tx, "revokeUserSessions", { userId, reason: "password_set", ...(keepSessionId ? { keepSessionId } : {}) });
  });
}
