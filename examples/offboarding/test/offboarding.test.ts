/**
 * The offboarding service against a started Roster, calling it with a real API token: a service
 * account whose only role holds view_user and change_user, created through the API as an
 * operator would.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "@roster/api/testing";
import { createRosterClient, type RosterClient } from "@roster/client";
import { offboard } from "../src/offboard.js";

const today = "2026-12-01";
const folder = "users/contractors";
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let app: TestApp;
let serviceKey: string;
let admin: ReturnType<TestApp["admin"]>["api"];

/** username → [path, attributes] */
const people: Record<string, [string, Record<string, unknown>]> = {
  "ended-yesterday": [folder, { contract_end: "2026-11-30" }],
  "ended-last-year": [`${folder}/emea`, { contract_end: "2025-06-30T17:00:00Z" }],
  "ends-today": [folder, { contract_end: "2026-12-01" }],
  "ends-next-year": [folder, { contract_end: "2027-01-31" }],
  "no-contract-end": [folder, { team: "web" }],
  "unreadable-date": [folder, { contract_end: "end of Q4" }],
  "other-folder": ["users/contractors-old", { contract_end: "2020-01-01" }],
  "staff-ended": ["users/staff", { contract_end: "2020-01-01" }],
};

async function activeUsernames(): Promise<string[]> {
  const page = await admin.users.list.query({ query: "is_active = True", path: "users", ordering: "username", limit: 100 });
  return page.items.map((user) => user.username).filter((name) => name in people);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = app.admin().api;
  for (const [username, [userPath, attributes]] of Object.entries(people)) await admin.users.create.mutate({ username, path: userPath, attributes });
  await admin.users.create.mutate({ username: "already-inactive", path: folder, isActive: false, attributes: { contract_end: "2020-01-01" } });
  const account = await admin.serviceAccounts.create.mutate({ name: "offboarding-bot" });
  const role = await admin.roles.create.mutate({ name: "offboarding" });
  for (const permission of ["view_user", "change_user"] as const) await admin.roles.assignPermission.mutate({ roleId: role.id, permission });
  await admin.users.assignRoles.mutate({ userId: account.user.id, roleIds: [role.id] });
  serviceKey = account.key;
});
afterAll(() => app?.close());

function service(): RosterClient {
  return createRosterClient({ url: app.url, token: serviceKey });
}

describe("offboarding", () => {
  it("a dry run lists the users whose contract ended and changes nothing", async () => {
    const before = await activeUsernames();
    const report = await offboard(service(), { folder, today, dryRun: true });
    expect(report.offboarded.map((user) => [user.username, user.contractEnd])).toEqual([
      ["ended-last-year", "2025-06-30"],
      ["ended-yesterday", "2026-11-30"],
    ]);
    expect(report.unreadable).toEqual([{ username: "unreadable-date", reason: 'contract_end is not a date ("end of Q4")' }]);
    expect(await activeUsernames()).toEqual(before);
  });

  it("the command's dry run prints the same list and changes nothing", async () => {
    const before = await activeUsernames();
    const { stdout } = await promisify(execFile)("pnpm", ["exec", "tsx", "src/main.ts", "--folder", folder, "--today", today, "--dry-run"], {
      cwd: packageDir,
      env: { ...process.env, ROSTER_URL: app.url, ROSTER_TOKEN: serviceKey },
    });
    expect(stdout.trim().split("\n")).toEqual([
      "would deactivate ended-last-year (contract ended 2025-06-30)",
      "would deactivate ended-yesterday (contract ended 2026-11-30)",
      'skipped unreadable-date: contract_end is not a date ("end of Q4")',
      "2 user(s) would deactivate in users/contractors (dry run: nothing changed).",
    ]);
    expect(await activeUsernames()).toEqual(before);
  });

  it("deactivates exactly the users of the folder whose contract ended before today", async () => {
    const report = await offboard(service(), { folder, today, dryRun: false });
    expect(report.offboarded.map((user) => user.username)).toEqual(["ended-last-year", "ended-yesterday"]);
    expect(await activeUsernames()).toEqual(["ends-next-year", "ends-today", "no-contract-end", "other-folder", "staff-ended", "unreadable-date"]);
    const again = await offboard(service(), { folder, today, dryRun: false });
    expect(again.offboarded).toEqual([]);
  });

  it("is refused with the service's own permissions: a token without change_user cannot deactivate", async () => {
    const viewer = await admin.serviceAccounts.create.mutate({ name: "offboarding-viewer" });
    const role = await admin.roles.create.mutate({ name: "viewer-only" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" });
    await admin.users.assignRoles.mutate({ userId: viewer.user.id, roleIds: [role.id] });
    await admin.users.create.mutate({ username: "ended-later", path: folder, attributes: { contract_end: "2026-01-01" } });
    const client = createRosterClient({ url: app.url, token: viewer.key });
    await expect(offboard(client, { folder, today, dryRun: false })).rejects.toMatchObject({ data: { code: "FORBIDDEN" } });
    expect((await offboard(client, { folder, today, dryRun: true })).offboarded.map((user) => user.username)).toEqual(["ended-later"]);
  });
});
