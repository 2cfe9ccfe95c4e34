/**
 * `users.paths` (the folder tree) and `users.autocomplete`, through the API and straight through
 * pg. The SQL side runs first under a statement timeout: a lookup that exceeds it is reported as
 * such and not sent to the API, which would run the same statements for as long.
 */
import pg from "pg";
import { autocompleteUsers, listPaths } from "@roster/db";
import { pgEntityManager } from "./pg-entity-manager.js";
import { progress } from "./progress.js";
import { percentiles, timed, type Percentiles } from "./stats.js";
import type { TrpcClient } from "./trpc-client.js";

export interface LookupMeasurement {
  label: string;
  api: Percentiles | null;
  sql: Percentiles | null;
  /** Set when the SQL alone exceeded this many ms; then nothing else was measured. */
  timedOutAfterMs: number | null;
}

/** Rounds stop once `budgetMs` is spent (a slow lookup must not stall the run), after at least `minimumRounds`. */
export async function measureLookups(
  api: TrpcClient,
  databaseUrl: string,
  settings: { warmup: number; rounds: number; budgetMs: number; minimumRounds: number },
): Promise<LookupMeasurement[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, statement_timeout: settings.budgetMs });
  try {
    return await measureWith(api, pool, settings);
  } finally {
    await pool.end();
  }
}

async function measureWith(api: TrpcClient, pool: pg.Pool, settings: { warmup: number; rounds: number; budgetMs: number; minimumRounds: number }): Promise<LookupMeasurement[]> {
  const em = pgEntityManager(pool);
  const text = 'attributes.dept = "fin';
  const cases = [
    { label: "users.paths", viaApi: () => api.query("users.paths", {}), viaSql: () => listPaths(em) },
    { label: "users.paths {query: \"eng\"}", viaApi: () => api.query("users.paths", { query: "eng" }), viaSql: () => listPaths(em, "eng") },
    { label: "users.autocomplete (field name)", viaApi: () => api.query("users.autocomplete", { text: "attr", cursor: 4 }), viaSql: () => autocompleteUsers(em, "attr", 4) },
    { label: "users.autocomplete (value)", viaApi: () => api.query("users.autocomplete", { text, cursor: text.length }), viaSql: () => autocompleteUsers(em, text, text.length) },
  ];
  const results: LookupMeasurement[] = [];
  for (const item of cases) {
    try {
      await item.viaSql();
    } catch (error) {
      if (!(error instanceof Error && /statement timeout/.test(error.message))) throw error;
      results.push({ label: item.label, api: null, sql: null, timedOutAfterMs: settings.budgetMs });
      progress(`  ${item.label}: the SQL alone takes more than ${settings.budgetMs} ms; not measured further`);
      continue;
    }
    const apiSamples: number[] = [];
    const sqlSamples: number[] = [];
    const start = performance.now();
    for (let round = 0; round < settings.warmup + settings.rounds; round++) {
      const overBudget = performance.now() - start > settings.budgetMs;
      if (overBudget && apiSamples.length >= settings.minimumRounds) break;
      const apiTime = await timed(item.viaApi);
      const sqlTime = await timed(item.viaSql);
      if (round >= settings.warmup || overBudget) {
        apiSamples.push(apiTime);
        sqlSamples.push(sqlTime);
      }
    }
    const measurement = { label: item.label, api: percentiles(apiSamples), sql: percentiles(sqlSamples), timedOutAfterMs: null };
    results.push(measurement);
    progress(`  ${item.label}: API p50 ${measurement.api.p50} / p95 ${measurement.api.p95} ms, SQL p50 ${measurement.sql.p50} ms`);
  }
  return results;
}
