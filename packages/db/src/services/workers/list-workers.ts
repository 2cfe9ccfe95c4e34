/** `tasks.workers`: every worker process that wrote a heartbeat, newest first, with its locked jobs. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { workerGoneAfterSeconds, type TWorkerProcess } from "@roster/core";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

interface WorkerRow {
  id: string;
  host: string;
  pid: number;
  started_at: Date | string;
  last_seen_at: Date | string;
  concurrency: number;
  running_jobs: number;
  gone: boolean;
  locked_jobs: number;
}

export async function listWorkers(em: EntityManager): Promise<TWorkerProcess[]> {
  const rows = await sql<WorkerRow>(
    em,
    `SELECT w.id, w.host, w.pid, w.started_at, w.last_seen_at, w.concurrency, w.running_jobs,
            w.last_seen_at < now() - make_interval(secs => ?) AS gone,
            (SELECT count(*) FROM graphile_worker.jobs j WHERE j.locked_by = ANY(w.slot_ids))::int AS locked_jobs
       FROM worker_heartbeats w ORDER BY w.started_at DESC, w.id`,
    [workerGoneAfterSeconds],
  );
  return rows.map((row) => ({
    id: row.id,
    host: row.host,
    pid: row.pid,
    startedAt: iso(row.started_at) ?? "",
    lastSeenAt: iso(row.last_seen_at) ?? "",
    concurrency: row.concurrency,
    runningJobs: row.gone ? 0 : row.running_jobs,
    gone: row.gone,
    lockedJobs: row.locked_jobs,
  }));
}
