/**
 * Gives the jobs locked by gone worker processes back to the queue (graphile-worker's
 * `force_unlock_workers`) and forgets those processes: the one step behind "Unlock" on
 * System > Tasks > Workers and behind a worker reclaiming the jobs of a dead one.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

export interface ReleasedWorker {
  id: string;
  host: string;
  pid: number;
  /** The jobs it held that are now queued again. */
  unlocked: number;
}

/**
 * Locks (`FOR UPDATE SKIP LOCKED`, so that two workers reclaiming at once each take a different
 * row) the heartbeats `where` selects among those not seen for `goneAfterSeconds`, then frees them.
 */
export async function releaseGoneWorkers(tx: EntityManager, goneAfterSeconds: number, where: { ids: readonly string[] } | "all"): Promise<ReleasedWorker[]> {
  const gone = await sql<{ id: string; host: string; pid: number; slot_ids: string[] }>(
    tx,
    `SELECT id, host, pid, slot_ids FROM worker_heartbeats
      WHERE last_seen_at < now() - make_interval(secs => ?) ${where === "all" ? "" : "AND id = ANY(?::text[])"}
      ORDER BY id FOR UPDATE SKIP LOCKED`,
    where === "all" ? [goneAfterSeconds] : [goneAfterSeconds, textArrayLiteral(where.ids)],
  );
  if (gone.length === 0) return [];
  const locked = await sql<{ locked_by: string; count: number }>(
    tx,
    "SELECT locked_by, count(*)::int AS count FROM graphile_worker.jobs WHERE locked_by = ANY(?::text[]) GROUP BY locked_by",
    [textArrayLiteral(gone.flatMap((row) => row.slot_ids))],
  );
  await sql(tx, "SELECT graphile_worker.force_unlock_workers(?::text[])", [textArrayLiteral(gone.flatMap((row) => row.slot_ids))]);
  await sql(tx, "DELETE FROM worker_heartbeats WHERE id = ANY(?::text[])", [textArrayLiteral(gone.map((row) => row.id))]);
  const lockedBySlot = new Map(locked.map((row) => [row.locked_by, row.count]));
  return gone.map((row) => ({ id: row.id, host: row.host, pid: row.pid, unlocked: row.slot_ids.reduce((sum, slot) => sum + (lockedBySlot.get(slot) ?? 0), 0) }));
}
