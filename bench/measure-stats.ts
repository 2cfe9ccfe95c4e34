/**
 * The dashboards' procedures (SPEC §16) at the seeded size — a million users, ten million events
 * — through the API beside their service functions sent straight through pg: the Overview,
 * activity over 24 hours and 30 days, user statistics, and a user's activity for a typical user
 * and for the busiest account (about 1% of all events).
 */
import type pg from "pg";
import { readActivity, readOverview, readUserActivity, readUserStats } from "@roster/db";
import { measureCase, type CaseMeasurement, type CaseSettings } from "./measure-cases.js";
import { pgEntityManager } from "./pg-entity-manager.js";
import type { TrpcClient } from "./trpc-client.js";

interface Buckets {
  buckets: { counts: Record<string, number> }[];
}

const eventsIn = (answer: Buckets) => answer.buckets.reduce((sum, bucket) => sum + Object.values(bucket.counts).reduce((a, b) => a + b, 0), 0);

export async function measureStats(admin: TrpcClient, pool: pg.Pool, users: { busiest: string; typical: string }, settings: CaseSettings): Promise<CaseMeasurement[]> {
  const em = pgEntityManager(pool);
  const activityCase = (range: "24h" | "30d", actions?: string[]) => ({
    label: `stats.activity {range: "${range}"${actions ? `, actions: ${actions.length}` : ""}} (events counted)`,
    viaApi: () => admin.query<Buckets>("stats.activity", { range, ...(actions ? { actions } : {}) }),
    viaSql: () => readActivity(em, { range, ...(actions ? { actions } : {}) }),
    rows: eventsIn,
  });
  const userCase = (who: string, userId: string, range: "24h" | "30d") => ({
    label: `users.activity {range: "${range}"}, ${who} (events counted)`,
    viaApi: () => admin.query<Buckets>("users.activity", { userId, range }),
    viaSql: () => readUserActivity(em, { userId, range }),
    rows: eventsIn,
  });
  const results: CaseMeasurement[] = [];
  results.push(await measureCase({ label: "stats.overview (users counted)", viaApi: () => admin.query<{ users: { total: number } }>("stats.overview"), viaSql: () => readOverview(em), rows: (answer) => answer.users?.total ?? 0 }, settings));
  results.push(await measureCase(activityCase("24h", ["login", "login_failed"]), settings));
  results.push(await measureCase(activityCase("30d"), settings));
  results.push(await measureCase({ label: "stats.users (days + folders + types)", viaApi: () => admin.query<{ createdPerDay: unknown[]; byFolder: unknown[]; byType: unknown[] }>("stats.users"), viaSql: () => readUserStats(em), rows: (answer) => answer.createdPerDay.length + answer.byFolder.length + answer.byType.length }, settings));
  results.push(await measureCase(userCase("a typical user", users.typical, "30d"), settings));
  results.push(await measureCase(userCase("the busiest account", users.busiest, "24h"), settings));
  results.push(await measureCase(userCase("the busiest account", users.busiest, "30d"), settings));
  return results;
}
