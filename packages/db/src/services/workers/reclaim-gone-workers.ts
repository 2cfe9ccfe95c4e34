/**
 * A worker process killed without stopping (SIGKILL, a lost machine) leaves its jobs locked, and
 * graphile-worker would only take them again four hours later. Every live worker, after writing
 * its heartbeat, gives back the jobs of workers silent for longer than `reclaimAfterSeconds` —
 * the system's own "Unlock", recorded in the audit log the same way.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordEvent } from "../events/record-event.js";
import { releaseGoneWorkers, type ReleasedWorker } from "./release-workers.js";

export function reclaimGoneWorkers(em: EntityManager, reclaimAfterSeconds: number, byWorker: string): Promise<ReleasedWorker[]> {
  return em.transactional(async (tx) => {
    const released = await releaseGoneWorkers(tx, reclaimAfterSeconds, "all");
    for (const worker of released) {
      await recordEvent(tx, { action: "system_task_action", actor: null, context: { operation: "reclaim_worker", worker: worker.id, host: worker.host, pid: worker.pid, unlocked: worker.unlocked, by: byWorker } });
    }
    return released;
  });
}
