/** `tasks.list`: the queue, newest job first, by keyset on id; filtered by status, task or one id. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TJob, type TJobListInput } from "@roster/core";
import { pageOf, pageWindow, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { jobColumns, toJob, type JobRow } from "./job-row.js";

export async function listJobs(em: EntityManager, input: TJobListInput): Promise<Page<TJob>> {
  const window = pageWindow(input, 1, 50);
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
  if (window.after) {
    const [id] = window.after;
    conditions.push("id::bigint < ?::bigint");
    params.push(String(id));
  }
  const rows = await sql<JobRow>(
    em,
    `SELECT * FROM (SELECT ${jobColumns} FROM graphile_worker.jobs j) q
      ${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : ""}
      ORDER BY id::bigint DESC LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, (last) => [last.id], toJob);
}
