/** Signing out: the session row goes, and `logout` is recorded in the same transaction. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, RequestOrigin } from "@roster/core";
import { recordEvent } from "../events/record-event.js";
import { deleteSessionById } from "./sessions.js";

export async function logout(em: EntityManager, actor: Actor, origin: RequestOrigin): Promise<void> {
  const { sessionId } = actor;
  if (!sessionId) return;
  await em.transactional(async (tx) => {
    await deleteSessionById(tx, sessionId);
    await recordEvent(tx, { action: "logout", actor, origin, targetUserId: actor.userId });
  });
}
