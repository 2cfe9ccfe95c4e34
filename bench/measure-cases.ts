/**
 * One procedure through the API beside the same service function sent straight through pg (the
 * "raw SQL" side, pg-entity-manager.ts), alternating, after a warm-up: p50/p95/p99 of each, and
 * the overhead (API p50 − SQL p50).
 */
import { progress } from "./progress.js";
import { percentiles, round, timed, type Percentiles } from "./stats.js";

export interface CaseMeasurement {
  label: string;
  rows: number;
  api: Percentiles;
  sql: Percentiles;
  /** API p50 − raw SQL p50, ms. */
  overhead: number;
}

export interface CaseSettings {
  warmup: number;
  rounds: number;
  budgetMs: number;
  minimumRounds: number;
}

export interface MeasuredCase<T> {
  label: string;
  viaApi: () => Promise<T>;
  viaSql: () => Promise<T>;
  /** What both sides must agree on (a row count), shown in the table. */
  rows: (answer: T) => number;
}

export async function measureCase<T>(item: MeasuredCase<T>, settings: CaseSettings): Promise<CaseMeasurement> {
  const rows = item.rows(await item.viaApi());
  const rawRows = item.rows(await item.viaSql());
  if (rows !== rawRows) throw new Error(`${item.label}: the API returned ${rows} rows, the raw SQL ${rawRows}.`);
  const apiSamples: number[] = [];
  const sqlSamples: number[] = [];
  const start = performance.now();
  for (let round = 0; round < settings.warmup && performance.now() - start < settings.budgetMs / 4; round++) {
    await item.viaApi();
    await item.viaSql();
  }
  const measuring = performance.now();
  while (apiSamples.length < settings.rounds && (apiSamples.length < settings.minimumRounds || performance.now() - measuring < settings.budgetMs)) {
    apiSamples.push(await timed(item.viaApi));
    sqlSamples.push(await timed(item.viaSql));
  }
  const api = percentiles(apiSamples);
  const sql = percentiles(sqlSamples);
  progress(`  ${item.label}: ${rows} rows, API p50 ${api.p50} / p95 ${api.p95} ms, SQL p50 ${sql.p50} ms`);
  return { label: item.label, rows, api, sql, overhead: round(api.p50 - sql.p50) };
}
