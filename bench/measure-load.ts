/**
 * The load section: each endpoint under 1, 16 and 64 keep-alive connections (autocannon), with
 * requests per second, p50/p99, the ratio to `GET /` (the static console page, the cheapest
 * answer the server gives) at the same connections, and the CPU milliseconds per request of the
 * API process and of PostgreSQL; then the API's and the worker's resident memory under load.
 */
import autocannon from "autocannon";
import type pg from "pg";
import { cpuSeconds, cpuSecondsBetween, postgresProcesses } from "./process-stats.js";
import { rssMegabytes } from "./rss.js";
import { progress } from "./progress.js";
import { statementCounter } from "./statement-counter.js";
import { round } from "./stats.js";

export interface LoadTarget {
  label: string;
  /** Path and query string, e.g. `/trpc/auth.me`. */
  path: string;
  headers?: Record<string, string>;
  /** SPEC §8: the least share of `GET /`'s requests per second at 16 connections. */
  minShareOfStatic?: number;
}

export interface LoadRow {
  label: string;
  minShareOfStatic: number | null;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests per second as a share of `GET /` at the same connections (1 for `GET /` itself). */
  ratio: number;
  apiCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
  /** SQL statements per request (pg_stat_statements), when the server counts them. */
  statementsPerRequest: number | null;
  /** Answers that were not 2xx, and connection errors. */
  failures: number;
}

export interface LoadResults {
  rows: LoadRow[];
  /** Resident memory, MB: at the end of the load section. */
  loadedRss: { api: number; worker: number };
}

export interface LoadSettings {
  seconds: number;
  connections: readonly number[];
}

/** The connection count at which SPEC §8 sets the shares. */
export const barConnections = 16;

export const staticTarget: LoadTarget = { label: "GET / (static)", path: "/" };

export function trpcQueryPath(procedure: string, input?: unknown): string {
  return `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
}

async function run(baseUrl: string, target: LoadTarget, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: `${baseUrl}${target.path}`, headers: target.headers, connections, duration: seconds, timeout: 30 });
}

export async function measureLoad(baseUrl: string, processes: { api: number; worker: number }, pool: pg.Pool, targets: readonly LoadTarget[], settings: LoadSettings): Promise<LoadResults> {
  const postgres = await postgresProcesses(pool);
  const statements = await statementCounter(pool);
  const rows: LoadRow[] = [];
  for (const connections of settings.connections) {
    let staticRate = 0;
    for (const target of [staticTarget, ...targets]) {
      await run(baseUrl, target, connections, Math.min(1, settings.seconds)); // warm-up: connections, plans, JIT
      const apiBefore = cpuSeconds(processes.api);
      const postgresBefore = postgres?.snapshot();
      await statements?.reset();
      const result = await run(baseUrl, target, connections, settings.seconds);
      const requests = Math.max(result.requests.total, 1);
      const rate = result.requests.total / result.duration;
      if (target === staticTarget) staticRate = rate;
      const row: LoadRow = {
        label: target.label,
        minShareOfStatic: target.minShareOfStatic ?? null,
        connections,
        requestsPerSecond: Math.round(rate),
        p50: result.latency.p50,
        p99: result.latency.p99,
        ratio: staticRate > 0 ? round(rate / staticRate) : 0,
        apiCpuMsPerRequest: round(((cpuSeconds(processes.api) - apiBefore) * 1000) / requests),
        postgresCpuMsPerRequest: postgres && postgresBefore ? round((cpuSecondsBetween(postgresBefore, postgres.snapshot()) * 1000) / requests) : null,
        statementsPerRequest: statements ? round((await statements.count()) / requests) : null,
        failures: result.non2xx + result.errors,
      };
      rows.push(row);
      progress(`  ${target.label} × ${connections}: ${row.requestsPerSecond}/s (${Math.round(row.ratio * 100)} % of GET /), p50 ${row.p50} / p99 ${row.p99} ms, CPU ${row.apiCpuMsPerRequest} ms API + ${row.postgresCpuMsPerRequest ?? "?"} ms PostgreSQL per request, ${row.statementsPerRequest ?? "?"} statements`);
      if (row.failures > 0) throw new Error(`${target.label} at ${connections} connections: ${result.non2xx} non-2xx answers, ${result.errors} errors.`);
    }
  }
  return { rows, loadedRss: { api: Math.round(await rssMegabytes(processes.api)), worker: Math.round(await rssMegabytes(processes.worker)) } };
}
