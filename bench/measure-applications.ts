/**
 * `applications.mine` (as a seeded user, signed in through the login flow) and
 * `users.applications` (as the admin, about that user), through the API beside the same service
 * functions sent straight through pg — both run the access predicate over every application.
 */
import type pg from "pg";
import { listMyApplications, listUserApplications } from "@roster/db";
import { measureCase, type CaseMeasurement, type CaseSettings } from "./measure-cases.js";
import { pgEntityManager } from "./pg-entity-manager.js";
import { signIn } from "./sign-in.js";
import type { TrpcClient } from "./trpc-client.js";

export type ApplicationMeasurement = CaseMeasurement;
export type ApplicationSettings = CaseSettings;

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
    const rows = (answer: { items: unknown[] }) => answer.items.length;
    const cases = [
      { label: `applications.mine (as ${user.username})`, viaApi: () => browser.query<{ items: unknown[] }>("applications.mine", {}), viaSql: async () => ({ items: await listMyApplications(em, user.id) }), rows },
      { label: `users.applications {userId} (page of 20)`, viaApi: () => admin.query<{ items: unknown[] }>("users.applications", tabInput), viaSql: () => listUserApplications(em, tabInput), rows },
    ];
    const results: ApplicationMeasurement[] = [];
    for (const item of cases) results.push(await measureCase(item, settings));
    return results;
  } finally {
    browser.close();
  }
}
