/**
 * The plans of the spec §8 queries: every statement `users.list` sends for each of them (the
 * page with its super-user flags, then the count when it is asked for: on the first page, as the
 * console does) under `EXPLAIN (ANALYZE, BUFFERS)`. On full runs they are written to
 * bench/plans/<name>.txt, so that a change of plan shows up in review, and a plan that reads the
 * whole users table (`Seq Scan on users`) fails the run.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { listUsers, type ListUsersInput, type UserPage } from "@roster/db";
import { pgEntityManager, type RecordedStatement } from "./pg-entity-manager.js";
import type { ListQuery } from "./queries.js";

export const plansDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "plans");

export interface QueryPlan {
  name: string;
  label: string;
  /** Execution time of the list statement as EXPLAIN ANALYZE reports it, ms. */
  listExecutionMs: number;
  seqScanOnUsers: boolean;
  text: string;
}

export async function explainQueries(pool: pg.Pool, queries: readonly ListQuery[], userCount: number): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = [];
  for (const query of queries) {
    const input: ListUsersInput = { ...query.input, limit: 20 };
    if (query.name === "deep-keyset") Object.assign(input, { cursor: await cursorAt(pool, query.input, query.deepPages), withCount: false });
    const statements: RecordedStatement[] = [];
    await listUsers(pgEntityManager(pool, statements), input);
    const sections: string[] = [];
    let listExecutionMs = Number.NaN;
    for (const [position, statement] of statements.entries()) {
      if (/^\s*EXPLAIN/i.test(statement.text)) continue;
      const result = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.params);
      const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
      if (position === 0) listExecutionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      sections.push(`-- ${position === 0 ? "page rows and super-user flags" : "count (exact up to the bound)"}\n-- ${squash(statement.text)}\n-- params: ${JSON.stringify(statement.params)}\n${plan}`);
    }
    const text = [`# users.list ${query.label}${input.cursor ? `, page ${query.deepPages}` : ""} (${userCount.toLocaleString("en")} users)`, ...sections].join("\n\n") + "\n";
    plans.push({ name: query.name, label: query.label, listExecutionMs, seqScanOnUsers: /Seq Scan on users\b/.test(text), text });
  }
  return plans;
}

export function writePlans(plans: readonly QueryPlan[]): void {
  fs.mkdirSync(plansDir, { recursive: true });
  for (const plan of plans) fs.writeFileSync(path.join(plansDir, `${plan.name}.txt`), plan.text);
}

async function cursorAt(pool: pg.Pool, input: ListUsersInput, pages: number): Promise<string | undefined> {
  const em = pgEntityManager(pool);
  let cursor: string | undefined;
  for (let page = 1; page < pages; page++) {
    const result: UserPage = await listUsers(em, { ...input, limit: 20, withCount: false, ...(cursor ? { cursor } : {}) });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return cursor;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
