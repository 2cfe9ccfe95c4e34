/**
 * `tasks.unlockWorkers`: gives the jobs locked by gone worker processes back to the queue
 * (graphile-worker's `force_unlock_workers`) and forgets those processes. A worker still seen
 * within the last minute is refused: its jobs may be running.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral, workerGoneAfterSeconds } from "@roster/core";
import { sql } from "../../sql.js";

export async function unlockWorkers(em: EntityManager, ids: readonly string[]): Promise<{ unlocked: number; refused: number }> {
  return em.transactional(async (tx) => {
    const gone = await sql<{ id: string; slot_ids: string[] }>(
      tx,
      "SELECT id, slot_ids FROM worker_heartbeats WHERE id = ANY(?::text[]) AND last_seen_at < now() - make_interval(secs => ?) FOR UPDATE",
      [textArrayLiteral(ids), workerGoneAfterSeconds],
    );
    const slots = gone.flatMap((row) => row.slot_ids);
    const locked = await sql<{ count: number }>(tx, "SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE locked_by = ANY(?::text[])", [textArrayLiteral(slots)]);
    await sql(tx, "SELECT graphile_worker.force_unlock_workers(?::text[])", [textArrayLiteral(slots)]);
    await sql(tx, "DELETE FROM worker_heartbeats WHERE id = ANY(?::text[])", [textArrayLiteral(gone.map((row) => row.id))]);
    return { unlocked: locked[0]?.count ?? 0, refused: new Set(ids).size - gone.length };
  });
}
