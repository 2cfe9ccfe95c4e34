/**
 * A signed-in user changes their own password (Settings): the current password is required and
 * checked behind the sign-in throttle — a guess here counts on the same counters as a guess at the
 * login page, so a stolen session buys no extra guesses. The change goes through
 * auth/change-password.ts: every other session is refused at once (SPEC §9 rule 7) and the revoke
 * job deletes them; this session stays signed in. Refused while impersonating (the admin is not
 * the owner) and for service accounts (no usable password).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, isServiceAccount, passwordProblem, selfServiceMessages, trustMessages, type Actor, type TChangeOwnPassword } from "@roster/core";
import { sql } from "../../sql.js";
import { changePassword } from "../auth/change-password.js";
import { verifiedDeviceNonce } from "../auth/device-cookies.js";
import { giveBackLoginAttempt, reserveLoginAttempt, type LoginAttempt } from "../auth/login-throttle.js";
import { hashPassword, verifyPassword } from "../auth/passwords.js";
import { recordEvent } from "../events/record-event.js";
import { enqueueJob } from "../jobs/enqueue.js";

export interface DeviceProof {
  secretKey: string;
  deviceCookie: string | null;
}

export async function changeOwnPassword(em: EntityManager, actor: Actor, input: TChangeOwnPassword, device: DeviceProof): Promise<void> {
  if (actor.impersonator) throw AppError.forbidden(selfServiceMessages.impersonating);
  const users = await sql<{ username: string; type: string; password_hash: string | null }>(em, "SELECT username, type, password_hash FROM users WHERE id = ?", [actor.userId]);
  const user = users[0];
  if (!user) throw AppError.notFound("User");
  if (isServiceAccount(user.type)) throw new AppError("BAD_REQUEST", trustMessages.serviceAccountPassword);
  const problem = passwordProblem(input.newPassword);
  if (problem) throw AppError.field("newPassword", problem);
  if (input.newPassword === input.currentPassword) throw AppError.field("newPassword", selfServiceMessages.samePassword);

  const attempt: LoginAttempt = {
    userId: actor.userId,
    identifier: user.username,
    clientIp: actor.clientIp,
    deviceNonce: verifiedDeviceNonce(device.secretKey, device.deviceCookie, actor.userId),
  };
  // Outside the change's transaction: a wrong guess must stay counted when the request fails.
  await reserveLoginAttempt(em, attempt);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw AppError.field("currentPassword", selfServiceMessages.wrongCurrentPassword);
  await giveBackLoginAttempt(em, attempt);

  const passwordHash = await hashPassword(input.newPassword);
  await em.transactional(async (tx) => {
    await changePassword(tx, actor.userId, passwordHash, actor.sessionId);
    await recordEvent(tx, { action: "password_set", actor, origin: actor, targetUserId: actor.userId, context: { method: "self" } });
    await enqueueJob(tx, "revokeUserSessions", { userId: actor.userId, reason: "password_set", ...(actor.sessionId ? { keepSessionId: actor.sessionId } : {}) });
  });
}
