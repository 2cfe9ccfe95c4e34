/**
 * What a process costs in CPU, read from /proc (Linux): seconds used so far by the API and the
 * worker, and by PostgreSQL — the postmaster and all its children (the
 * backends serving the API's pool, the background writer and so on), found from the parent of
 * a backend of the benchmark's own pool.
 */
import fs from "node:fs";
import type pg from "pg";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: split after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** User plus system CPU seconds a live process has used (0 once it is gone). */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  // After the name: state (0), ppid (1), …, utime (11), stime (12).
  return fields ? (Number(fields[11]) + Number(fields[12])) / ticksPerSecond : 0;
}

export interface PostgresProcesses {
  /** CPU seconds used so far by the postmaster and by each child of it, by pid. */
  snapshot(): Map<number, number>;
}

/** CPU seconds used between two snapshots by the processes alive at the second (one that exited in between is not counted). */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** PostgreSQL's processes, when the server runs on this machine; null when it does not. */
export async function postgresProcesses(pool: pg.Pool): Promise<PostgresProcesses | null> {
  const backend = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
  const postmaster = backend ? Number(statFields(backend)?.[1]) : NaN;
  if (!Number.isInteger(postmaster) || postmaster <= 1) return null;
  return {
    snapshot() {
      const usage = new Map([[postmaster, cpuSeconds(postmaster)]]);
      for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) continue;
        const fields = statFields(Number(entry));
        if (fields && Number(fields[1]) === postmaster) usage.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
      }
      return usage;
    },
  };
}
