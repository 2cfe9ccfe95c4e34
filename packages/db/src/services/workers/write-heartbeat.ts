/**
 * A worker process's heartbeat (System > Tasks > Workers): who it is, and, every few seconds, that
 * it still lives and how many jobs it runs. `slotIds` are graphile-worker's ids of its worker
 * slots — the `locked_by` of the jobs it holds — so that a gone worker's jobs can be unlocked.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

export interface Heartbeat {
  id: string;
  host: string;
  pid: number;
  startedAt: Date;
  concurrency: number;
  runningJobs: number;
  slotIds: readonly string[];
}

export async function writeHeartbeat(em: EntityManager, beat: Heartbeat): Promise<void> {
  await sql(
    em,
    `INSERT INTO worker_heartbeats (id, host, pid, started_at, last_seen_at, concurrency, running_jobs, slot_ids)
     VALUES (?, ?, ?, ?, now(), ?, ?, ?::text[])
     ON CONFLICT (id) DO UPDATE SET last_seen_at = now(), running_jobs = excluded.running_jobs, slot_ids = excluded.slot_ids`,
    [beat.id, beat.host, beat.pid, beat.startedAt, beat.concurrency, beat.runningJobs, textArrayLiteral(beat.slotIds)],
  );
}

/** A worker that stopped cleanly leaves the list at once. */
export async function removeHeartbeat(em: EntityManager, id: string): Promise<void> {
  await sql(em, "DELETE FROM worker_heartbeats WHERE id = ?", [id]);
}
