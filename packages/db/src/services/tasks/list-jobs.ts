/** `tasks.list`: the queue, newest job first, by keyset on id; filtered by status, task or one id. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TJob, type TJobListInput } from "@roster/core";
import { sql } from "../../sql.js";
import { jobColumns, toJob, type JobRow } from "./job-row.js";

export async function listJobs(em: EntityManager, input: TJobListInput): Promise<{ items: TJob[]; nextCursor: string | null }> {
  const limit = input.limit ?? 50;
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (input.status) {
    conditions.push("status = ?");
    params.push(input.status);
  }
  if (input.task) {
    conditions.push("task = ?");
    params.push(input.task);
  }
  if (input.id) {
    conditions.push("id::bigint = ?::bigint");
    params.push(input.id);
  }
  if (input.cursor) {
    const [id] = decodeCursor(input.cursor, 1);
    conditions.push("id::bigint < ?::bigint");
    params.push(String(id));
  }
  const rows = await sql<JobRow>(
    em,
    `SELECT * FROM (SELECT ${jobColumns} FROM graphile_worker.jobs j) q
      ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY id::bigint DESC LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toJob), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}
