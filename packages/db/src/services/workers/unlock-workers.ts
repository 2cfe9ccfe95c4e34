/**
 * `tasks.unlockWorkers`: gives the jobs locked by gone worker processes back to the queue and
 * forgets those processes, with an audit event. A worker still seen within the last minute is
 * refused: its jobs may be running.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { workerGoneAfterSeconds, type Actor } from "@roster/core";
import { recordEvent } from "../events/record-event.js";
import { releaseGoneWorkers } from "./release-workers.js";

export async function unlockWorkers(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<{ unlocked: number; refused: number }> {
  return em.transactional(async (tx) => {
    const released = await releaseGoneWorkers(tx, workerGoneAfterSeconds, { ids });
    const unlocked = released.reduce((sum, worker) => sum + worker.unlocked, 0);
    if (released.length > 0) {
      await recordEvent(tx, { action: "system_task_action", actor, origin: actor, context: { operation: "unlock_workers", workers: released.map((worker) => worker.id), unlocked } });
    }
    return { unlocked, refused: new Set(ids).size - released.length };
  });
}
