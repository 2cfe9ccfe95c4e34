/**
 * `users.list` latency for each spec §8 query — the first page and a page deep in the keyset —
 * through tRPC over keep-alive HTTP with an API token, beside the same statements sent straight
 * through `pg` (pg-entity-manager.ts). Both run in turn in each round, so that they see the same
 * warm cache. Pages are asked for as the console asks: the first with its count, later ones
 * without (`withCount: false`).
 */
import type pg from "pg";
import { listUsers, type ListUsersInput, type UserPage } from "@roster/db";
import { pgEntityManager } from "./pg-entity-manager.js";
import { progress } from "./progress.js";
import type { ListQuery } from "./queries.js";
import { percentiles, round, timed, type Percentiles } from "./stats.js";
import type { TrpcClient } from "./trpc-client.js";

export interface ListMeasurement {
  name: string;
  label: string;
  page: "first" | "deep";
  /** Which page (1 for the first). */
  pageNumber: number;
  rows: number;
  /** The first page's count (the one the console shows). */
  count: { value: number; exact: boolean };
  api: Percentiles;
  sql: Percentiles;
  /** API p50 − raw SQL p50, ms. */
  overhead: number;
}

export interface ListSettings {
  warmup: number;
  rounds: number;
  /**
   * Time allowed per case (a slow query must not stall the run): warm-up stops at a quarter of it,
   * measuring at all of it, but never before `minimumRounds` samples.
   */
  budgetMs: number;
  minimumRounds: number;
}

export async function measureList(api: TrpcClient, pool: pg.Pool, queries: readonly ListQuery[], settings: ListSettings): Promise<ListMeasurement[]> {
  const em = pgEntityManager(pool);
  const results: ListMeasurement[] = [];
  for (const query of queries) {
    const { count } = await api.query<UserPage>("users.list", { ...query.input, limit: 20 });
    if (!count) throw new Error(`${query.label}: the first page came without its count.`);
    const pages: { page: "first" | "deep"; pageNumber: number; cursor: string | null }[] = [];
    if (query.name !== "deep-keyset") pages.push({ page: "first", pageNumber: 1, cursor: null });
    if (query.deepPages > 1) {
      const deep = await followCursor(api, query.input, query.deepPages, settings.budgetMs);
      if (deep.pageNumber > 1) pages.push({ page: "deep", ...deep });
    }
    for (const { page, pageNumber, cursor } of pages) {
      const input: ListUsersInput = { ...query.input, limit: 20, ...(cursor ? { cursor, withCount: false } : {}) };
      const first = await api.query<UserPage>("users.list", input);
      const raw = await listUsers(em, input);
      if (raw.items.length !== first.items.length || raw.items[0]?.id !== first.items[0]?.id) {
        throw new Error(`${query.label}: the API and the raw SQL returned different pages.`);
      }
      const apiSamples: number[] = [];
      const sqlSamples: number[] = [];
      const start = performance.now();
      for (let round = 0; round < settings.warmup && performance.now() - start < settings.budgetMs / 4; round++) {
        await api.query("users.list", input);
        await listUsers(em, input);
      }
      const measuring = performance.now();
      while (apiSamples.length < settings.rounds && (apiSamples.length < settings.minimumRounds || performance.now() - measuring < settings.budgetMs)) {
        apiSamples.push(await timed(() => api.query("users.list", input)));
        sqlSamples.push(await timed(() => listUsers(em, input)));
      }
      const apiStats = percentiles(apiSamples);
      const sqlStats = percentiles(sqlSamples);
      const measurement: ListMeasurement = {
        name: query.name,
        label: query.label,
        page,
        pageNumber,
        rows: first.items.length,
        count,
        api: apiStats,
        sql: sqlStats,
        overhead: round(apiStats.p50 - sqlStats.p50),
      };
      results.push(measurement);
      progress(`  users.list ${query.label}, page ${pageNumber}: API p50 ${apiStats.p50} / p95 ${apiStats.p95} ms, SQL p50 ${sqlStats.p50} ms (count ${count.exact ? "" : "≈"}${count.value})`);
    }
  }
  return results;
}

/**
 * Follows nextCursor up to `pages` pages in (or to the last page, or as far as `budgetMs` allows
 * when pages are slow), returning that page's cursor.
 */
async function followCursor(api: TrpcClient, input: ListUsersInput, pages: number, budgetMs: number): Promise<{ pageNumber: number; cursor: string | null }> {
  let cursor: string | null = null;
  let pageNumber = 1;
  const start = performance.now();
  while (pageNumber < pages && performance.now() - start < budgetMs) {
    const page: UserPage = await api.query<UserPage>("users.list", { ...input, limit: 20, withCount: false, ...(cursor ? { cursor } : {}) });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    pageNumber++;
  }
  return { pageNumber, cursor };
}
