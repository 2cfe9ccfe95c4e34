/**
 * Data exports through the API: `users.export` records the request and its job in one
 * transaction; the file (built here by the worker's service, run in-process) is downloaded with
 * the API's authentication; only the requester or a holder of `view_dataexport` sees an export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runUserExport, type RunUserExportOptions } from "@roster/db";
import { sql } from "@roster/db/testing";
import type { TPermission } from "@roster/core";
import { adminToken, errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { seedUsers } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedUsers(app.database, [
    { username: "exp-alice", name: "Alice, A.", email: "alice@example.com", groups: ["exp-eng"] },
    { username: "exp-bob", name: "=1+2", path: "users/exp" },
    { username: "exp-carol", name: 'Carol "C"', attributes: { dept: "ops" } },
  ]);
});
afterAll(() => app.close());

const password = "export-user-password-1";
const firstAttempt: RunUserExportOptions = { attempt: 1, maxAttempts: 5 };

async function userWith(username: string, permissions: TPermission[]): Promise<{ id: string; client: TestClient }> {
  const admin = app.admin().api;
  const user = await createUserWithPassword(app, username, password);
  if (permissions.length > 0) {
    const role = await admin.roles.create.mutate({ name: `${username}-role` });
    for (const permission of permissions) await admin.roles.assignPermission.mutate({ roleId: role.id, permission });
    await admin.users.assignRoles.mutate({ userId: user.id, roleIds: [role.id] });
  }
  return { id: user.id, client: await app.signedIn(username, password) };
}

function download(id: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}/exports/${id}/download`, { headers });
}

function cookieOf(client: TestClient): string {
  return [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function notificationsOf(userId: string): Promise<{ body: string; severity: string; link: unknown }[]> {
  return sql(app.database.fork(), "SELECT body, severity, link FROM notifications WHERE user_id = ? ORDER BY created_at", [userId]);
}

describe("users.export", () => {
  it("records a pending export, enqueues one user-export job in the same transaction, and writes model_created", async () => {
    const { exportId } = await app.admin().api.users.export.mutate({ query: "exp", ordering: "-username" });
    const exported = await app.admin().api.exports.get.query({ id: exportId });
    expect(exported).toMatchObject({ status: "pending", model: "user", queryParams: { query: "exp", ordering: "-username" }, requestedBy: { username: "admin" }, rowCount: 0 });
    const em = app.database.fork();
    const jobs = await sql(
      em,
      "SELECT t.identifier, j.payload, j.max_attempts FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE j.key = ?",
      [`export:${exportId}`],
    );
    expect(jobs).toEqual([{ identifier: "user-export", payload: { exportId }, max_attempts: 5 }]);
    const events = await sql(em, "SELECT action, username FROM events WHERE context->>'pk' = ?", [exportId]);
    expect(events).toEqual([{ action: "model_created", username: "admin" }]);
  });

  it("refuses a bad query at once, with its position, and records nothing", async () => {
    const before = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM data_exports");
    const error = await errorOf(app.admin().api.users.export.mutate({ query: 'usrname = "x"' }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.data.queryError).toMatchObject({ start: 0, end: 7 });
    const after = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM data_exports");
    expect(after).toEqual(before);
  });

  it("needs view_user", async () => {
    const { client } = await userWith("exp-no-view", []);
    expect((await errorOf(client.api.users.export.mutate({}))).code).toBe("FORBIDDEN");
  });
});

describe("the finished export", () => {
  it("is streamed to the requester as CSV, chunk by chunk, and the requester is notified once", async () => {
    const requester = await userWith("exp-requester", ["view_user"]);
    const { exportId } = await requester.client.api.users.export.mutate({ query: "exp-", ordering: "username" });
    expect(await runUserExport(app.database.fork(), exportId, { ...firstAttempt, chunkBytes: 64, batchRows: 1 })).toBe("done");
    const chunks = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM data_export_chunks WHERE export_id = ?", [exportId]);
    expect(chunks[0]?.n).toBeGreaterThan(2);

    const response = await download(exportId, { cookie: cookieOf(requester.client) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="users_${today}.csv"`);
    const text = await response.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Username,Name,Email,Active,Path,Type,Groups,Last login,Date joined,Attributes");
    expect(lines.slice(1, -1).map((line) => line.split(",")[0])).toEqual(["exp-alice", "exp-bob", "exp-carol", "exp-no-view", "exp-requester"]);
    expect(lines[1]).toMatch(/^exp-alice,"Alice, A\.",alice@example\.com,true,users,internal,exp-eng,,\d{4}-\d\d-\d\dT[\d:.]+Z,\{\}$/);
    expect(lines[2]).toContain("exp-bob,'=1+2,,true,users/exp,");
    expect(lines[3]).toContain('exp-carol,"Carol ""C""",');
    expect(lines[3]).toContain('"{""dept"": ""ops""}"');

    const exported = await requester.client.api.exports.get.query({ id: exportId });
    expect(exported).toMatchObject({ status: "done", rowCount: 5, byteSize: Buffer.byteLength(text) });
    expect(exported.completedAt).not.toBeNull();
    expect(await notificationsOf(requester.id)).toEqual([
      { body: "Export of 5 users ready — query `exp-`", severity: "notice", link: { href: `/exports/${exportId}/download`, label: "Download" } },
    ]);
    const ready = await sql(app.database.fork(), "SELECT action FROM events WHERE action = 'export_ready' AND context->>'pk' = ?", [exportId]);
    expect(ready).toHaveLength(1);

    // A job retried after it finished changes nothing and tells nobody twice.
    expect(await runUserExport(app.database.fork(), exportId, { attempt: 2, maxAttempts: 5 })).toBe("skipped");
    expect(await notificationsOf(requester.id)).toHaveLength(1);
    const bearer = await download(exportId, { authorization: `Bearer ${adminToken}` });
    expect(await bearer.text()).toBe(text);
  });

  it("is hidden from other users without view_dataexport: NOT_FOUND, not listed, 404 at the download URL", async () => {
    const owner = await userWith("exp-owner", ["view_user"]);
    const other = await userWith("exp-other", ["view_user"]);
    const auditor = await userWith("exp-auditor", ["view_dataexport"]);
    const { exportId } = await owner.client.api.users.export.mutate({ path: "users/exp" });
    await runUserExport(app.database.fork(), exportId, firstAttempt);

    expect((await errorOf(other.client.api.exports.get.query({ id: exportId }))).code).toBe("NOT_FOUND");
    expect((await other.client.api.exports.list.query({})).items.map((item) => item.id)).not.toContain(exportId);
    const refused = await download(exportId, { cookie: cookieOf(other.client) });
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-disposition")).toBeNull();

    expect((await owner.client.api.exports.list.query({})).items.map((item) => item.id)).toEqual([exportId]);
    expect((await download(exportId, { cookie: cookieOf(owner.client) })).status).toBe(200);
    expect((await auditor.client.api.exports.get.query({ id: exportId })).requestedBy.username).toBe("exp-owner");
    expect((await auditor.client.api.exports.list.query({})).items.map((item) => item.id)).toContain(exportId);
    expect((await download(exportId, { cookie: cookieOf(auditor.client) })).status).toBe(200);
  });

  it("answers 401 to an anonymous caller and 404 for an unknown, malformed or unfinished export", async () => {
    const { exportId } = await app.admin().api.users.export.mutate({});
    const admin = { authorization: `Bearer ${adminToken}` };
    expect((await download(exportId)).status).toBe(401);
    expect((await download(exportId, admin)).status).toBe(404);
    expect((await download("00000000-0000-4000-8000-000000000000", admin)).status).toBe(404);
    expect((await download("not-an-id", admin)).status).toBe(404);
    await runUserExport(app.database.fork(), exportId, firstAttempt);
    expect((await download(exportId, admin)).status).toBe(200);
  });
});

describe("exports.list and exports.delete", () => {
  it("lists newest first by keyset, and deletes only the caller's own without delete_dataexport", async () => {
    const mine = await userWith("exp-lister", ["view_user"]);
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) ids.push((await mine.client.api.users.export.mutate({ query: `exp-${index}` })).exportId);
    const first = await mine.client.api.exports.list.query({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    const second = await mine.client.api.exports.list.query({ limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });

    const adminExport = (await app.admin().api.users.export.mutate({})).exportId;
    expect(await mine.client.api.exports.delete.mutate({ ids: [ids[0] ?? "", adminExport] })).toEqual({ deleted: 1 });
    expect((await app.admin().api.exports.get.query({ id: adminExport })).id).toBe(adminExport);
    expect(await app.admin().api.exports.delete.mutate({ ids: [ids[1] ?? ""] })).toEqual({ deleted: 1 });
    expect((await mine.client.api.exports.list.query({})).items.map((item) => item.id)).toEqual([ids[2]]);
  });

  it("deleting an export removes its chunks, and a job still running for it stops quietly", async () => {
    const { exportId } = await app.admin().api.users.export.mutate({});
    await runUserExport(app.database.fork(), exportId, { ...firstAttempt, chunkBytes: 64, batchRows: 1 });
    await app.admin().api.exports.delete.mutate({ ids: [exportId] });
    expect(await sql(app.database.fork(), "SELECT 1 FROM data_export_chunks WHERE export_id = ?", [exportId])).toEqual([]);
    expect(await runUserExport(app.database.fork(), exportId, firstAttempt)).toBe("skipped");
  });
});

describe("a failing export", () => {
  it("is retried without a word, and after the last attempt is marked failed and the requester alerted once", async () => {
    const requester = await userWith("exp-unlucky", ["view_user"]);
    const { exportId } = await requester.client.api.users.export.mutate({});
    const em = app.database.fork();
    await sql(em, "CREATE FUNCTION refuse_chunks() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$");
    await sql(em, "CREATE TRIGGER refuse_chunks BEFORE INSERT ON data_export_chunks FOR EACH ROW EXECUTE FUNCTION refuse_chunks()");
    try {
      await expect(runUserExport(app.database.fork(), exportId, firstAttempt)).rejects.toThrow(/disk full/);
      expect((await requester.client.api.exports.get.query({ id: exportId })).status).toBe("running");
      expect(await notificationsOf(requester.id)).toEqual([]);
      await expect(runUserExport(app.database.fork(), exportId, { attempt: 5, maxAttempts: 5 })).rejects.toThrow(/disk full/);
    } finally {
      await sql(em, "DROP TRIGGER refuse_chunks ON data_export_chunks");
      await sql(em, "DROP FUNCTION refuse_chunks()");
    }
    const failed = await requester.client.api.exports.get.query({ id: exportId });
    expect(failed).toMatchObject({ status: "failed", error: "The export failed on the server. The worker logged the error." });
    expect(await notificationsOf(requester.id)).toEqual([{ body: "User export failed: The export failed on the server. The worker logged the error.", severity: "alert", link: null }]);
  });

  it("fails at once, without retrying, when its stored query cannot run", async () => {
    const { exportId } = await app.admin().api.users.export.mutate({});
    await sql(app.database.fork(), `UPDATE data_exports SET query_params = '{"query": "usrname = 1"}' WHERE id = ?`, [exportId]);
    expect(await runUserExport(app.database.fork(), exportId, firstAttempt)).toBe("failed");
    expect((await app.admin().api.exports.get.query({ id: exportId })).error).toMatch(/Unknown field "usrname"/);
  });
});
