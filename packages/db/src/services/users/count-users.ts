/**
 * Counts the rows of a filter exactly up to a bound, and past it takes the planner's estimate,
 * so that a list of a million users never counts a million rows (the Keycloak 1.6 s lesson).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";
import type { SqlCondition } from "./user-filter.js";

export const exactCountBound = 10_000;

export interface UserCount {
  value: number;
  exact: boolean;
}

export async function countUsers(em: EntityManager, filter: SqlCondition): Promise<UserCount> {
  const bounded = await sql<{ n: number }>(em, `SELECT count(*)::int AS n FROM (SELECT 1 FROM users u WHERE ${filter.sql} LIMIT ${exactCountBound + 1}) t`, filter.params);
  const exact = bounded[0]?.n ?? 0;
  if (exact <= exactCountBound) return { value: exact, exact: true };
  const plan = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(em, `EXPLAIN (FORMAT JSON) SELECT 1 FROM users u WHERE ${filter.sql}`, filter.params);
  const estimate = plan[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? exact;
  return { value: Math.max(Math.round(estimate), exactCountBound + 1), exact: false };
}
