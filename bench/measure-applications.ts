/**
 * `applications.mine` (as a seeded user, signed in through the login flow) and
 * `users.applications` (as the admin, about that user), through the API beside the same service
 * functions sent straight through pg — both run the access predicate over every application.
 */
import type pg from "pg";
import { listMyApplications, listUserApplications } from "@roster/db";
import { pgEntityManager } from "./pg-entity-manager.js";
import { progress } from "./progress.js";
import { signIn } from "./sign-in.js";
import { percentiles, round, timed, type Percentiles } from "./stats.js";
import type { TrpcClient } from "./trpc-client.js";

export interface ApplicationMeasurement {
  label: string;
  rows: number;
  api: Percentiles;
  sql: Percentiles;
  /** API p50 − raw SQL p50, ms. */
  overhead: number;
}

export interface ApplicationSettings {
  warmup: number;
  rounds: number;
  budgetMs: number;
  minimumRounds: number;
}

export async function measureApplications(
  admin: TrpcClient,
  pool: pg.Pool,
  baseUrl: string,
  user: { id: string; username: string; password: string },
  settings: ApplicationSettings,
): Promise<ApplicationMeasurement[]> {
  const em = pgEntityManager(pool);
  const browser = await signIn(baseUrl, user.username, user.password);
  try {
    const tabInput = { userId: user.id, limit: 20 };
    const cases = [
      { label: `applications.mine (as ${user.username})`, viaApi: () => browser.query<{ items: unknown[] }>("applications.mine", {}), viaSql: async () => ({ items: await listMyApplications(em, user.id) }) },
      { label: `users.applications {userId} (page of 20)`, viaApi: () => admin.query<{ items: unknown[] }>("users.applications", tabInput), viaSql: () => listUserApplications(em, tabInput) },
    ];
    const results: ApplicationMeasurement[] = [];
    for (const item of cases) {
      const first = await item.viaApi();
      const raw = await item.viaSql();
      if (first.items.length !== raw.items.length) throw new Error(`${item.label}: the API returned ${first.items.length} rows, the raw SQL ${raw.items.length}.`);
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
      results.push({ label: item.label, rows: first.items.length, api, sql, overhead: round(api.p50 - sql.p50) });
      progress(`  ${item.label}: ${first.items.length} rows, API p50 ${api.p50} / p95 ${api.p95} ms, SQL p50 ${sql.p50} ms`);
    }
    return results;
  } finally {
    browser.close();
  }
}
