import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCleanup } from "@roster/db";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Waits out the last seconds of an hour, so that "the current hour" is the same before and after. */
async function clearOfHourBoundary(): Promise<void> {
  const msToNextHour = 3_600_000 - (Date.now() % 3_600_000);
  if (msToNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, msToNextHour + 100));
}

async function failSignIn(username: string): Promise<void> {
  const browser = app.client();
  const slug = "default-authentication-flow";
  await browser.api.flows.execute.mutate({ slug, restart: true });
  await browser.api.flows.execute.mutate({ slug, response: { uid: username } });
  await browser.api.flows.execute.mutate({ slug, response: { password: "not-the-password" } });
}

describe("stats.activity and users.activity", () => {
  it("count N successful and M failed sign-ins in the current hour, overall and for the user", async () => {
    const admin = app.admin().api;
    const signIns = 3;
    const failures = 2;
    const user = await createUserWithPassword(app, "activity-user", "activity-password-1");
    await clearOfHourBoundary();
    const before = (await admin.stats.activity.query({ range: "24h", actions: ["login", "login_failed"] })).buckets.at(-1);
    for (let n = 0; n < signIns; n++) await app.signedIn("activity-user", "activity-password-1");
    for (let n = 0; n < failures; n++) await failSignIn("activity-user");

    const after = await admin.stats.activity.query({ range: "24h", actions: ["login", "login_failed"] });
    expect(after.buckets).toHaveLength(24);
    const current = after.buckets.at(-1);
    expect(current?.start).toBe(before?.start);
    expect(current?.counts).toEqual({ login: (before?.counts.login ?? 0) + signIns, login_failed: (before?.counts.login_failed ?? 0) + failures });

    const daily = await admin.stats.activity.query({ range: "30d" });
    expect(daily.buckets).toHaveLength(30);
    expect(daily.buckets.at(-1)?.counts.login).toBeGreaterThanOrEqual(signIns);

    for (const range of ["24h", "30d"] as const) {
      const mine = await admin.users.activity.query({ userId: user.id, range });
      expect(mine.buckets.at(-1)?.counts).toEqual({ login: signIns, login_failed: failures });
    }
  });

  it("the hourly clean-up folds the counter shards and keeps every sum", async () => {
    const admin = app.admin().api;
    const activity = await admin.stats.activity.query({ range: "30d" });
    const overview = await admin.stats.overview.query();
    const users = await admin.stats.users.query();
    await runCleanup(app.database.fork());
    expect(await admin.stats.activity.query({ range: "30d" })).toEqual(activity);
    expect(await admin.stats.overview.query()).toEqual(overview);
    expect(await admin.stats.users.query()).toEqual(users);
  });

  it("refuses a caller without view_event", async () => {
    const viewer = await delegatedAdmin(app, "stats-no-events", () => [{ codename: "access_admin_console" }, { codename: "view_user" }]);
    expect((await errorOf(viewer.client.api.stats.activity.query({ range: "24h" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(viewer.client.api.users.activity.query({ userId: viewer.id, range: "24h" }))).code).toBe("FORBIDDEN");
  });
});

describe("stats.overview and stats.users", () => {
  it("count users by state, type and folder as they are created, changed and deleted", async () => {
    const admin = app.admin().api;
    const start = await admin.stats.overview.query();
    const created = await Promise.all(["stats-a", "stats-b", "stats-c"].map((username) => admin.users.create.mutate({ username, path: "users/stats-folder" })));
    await admin.users.setActive.mutate({ ids: [created[0]?.id ?? ""], isActive: false });
    await admin.serviceAccounts.create.mutate({ name: "stats-robot" });
    await admin.users.delete.mutate({ ids: [created[2]?.id ?? ""] });

    const now = await admin.stats.overview.query();
    const was = start.users;
    expect(now.users).toEqual({ total: (was?.total ?? 0) + 3, active: (was?.active ?? 0) + 2, inactive: (was?.inactive ?? 0) + 1, serviceAccounts: (was?.serviceAccounts ?? 0) + 1 });
    expect(now.groups).toBeGreaterThanOrEqual(1);
    expect(now.sessionsActive).toBeGreaterThanOrEqual(0);
    expect(now.attention).toEqual({ exportsFailed: 0, jobsFailed: 0, jobsRetrying: 0 });
    expect(now.mfaAdoption).toBe(0);

    const stats = await admin.stats.users.query();
    expect(stats.byFolder).toContainEqual({ path: "users/stats-folder", count: 2 });
    expect(stats.byType).toContainEqual(expect.objectContaining({ type: "internal", isActive: false }));
    expect(stats.createdPerDay).toHaveLength(30);
    expect(stats.createdPerDay.at(-1)?.count).toBeGreaterThanOrEqual(5);
  });

  it("leaves out what the caller may not see, and needs view_user for user statistics", async () => {
    const groupsOnly = await delegatedAdmin(app, "stats-groups-only", () => [{ codename: "access_admin_console" }, { codename: "view_group" }]);
    const overview = await groupsOnly.client.api.stats.overview.query();
    expect(overview).toMatchObject({ users: null, sessionsActive: null, applications: null, mfaAdoption: null, attention: { exportsFailed: null, jobsFailed: null, jobsRetrying: null } });
    expect(overview.groups).toBeGreaterThanOrEqual(1);
    expect((await errorOf(groupsOnly.client.api.stats.users.query())).code).toBe("FORBIDDEN");
    const noConsole = await delegatedAdmin(app, "stats-no-console", () => [{ codename: "view_user" }]);
    expect((await errorOf(noConsole.client.api.stats.overview.query())).code).toBe("FORBIDDEN");
  });
});
