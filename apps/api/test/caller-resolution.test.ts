/**
 * The per-request caller resolution (one prepared statement, nothing cached between requests):
 * a grant revoked in one request is refused on the very next one, by token and by session,
 * whichever way it was held; and "last used" is still recorded, out of the request path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp } from "../src/testing/index.js";
import type { TestClient } from "../src/testing/test-client.js";
import { roleWith } from "./support/grants.js";
import { ensureNamed } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
let targetId: string;

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return (error as { data?: { code?: string } }).data?.code ?? String(error);
  }
}

/** A user in group `group` (child of `parent`), which holds a role granting view_user; signed in by token and by session. */
async function viewerThroughGroups(name: string): Promise<{ id: string; roleId: string; groupId: string; parentId: string; byToken: TestClient; bySession: TestClient }> {
  const user = await createUserWithPassword(app, name, `${name}-password-1`);
  const parentId = await ensureNamed(app.database, "groups", `${name}-parent`);
  const groupId = await ensureNamed(app.database, "groups", `${name}-group`);
  await query("INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [groupId, parentId]);
  await query("INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [groupId, user.id]);
  const roleId = await roleWith(app.database, `${name}-viewer`, [{ codename: "view_user" }]);
  await query("INSERT INTO group_roles (group_id, role_id) VALUES (?, ?)", [parentId, roleId]);
  const { key } = await app.admin().api.tokens.create.mutate({ identifier: `${name}-token`, userId: user.id });
  return { id: user.id, roleId, groupId, parentId, byToken: app.client({ token: key }), bySession: await app.signedIn(name, `${name}-password-1`) };
}

beforeAll(async () => {
  app = await startTestApp();
  targetId = (await createUserWithPassword(app, "target", "target-password-1")).id;
});
afterAll(() => app.close());

describe("a revoked grant counts on the very next request", () => {
  it("when the permission is taken off the role", async () => {
    const viewer = await viewerThroughGroups("vera");
    for (const client of [viewer.byToken, viewer.bySession]) expect(await codeOf(client.api.users.get.query({ id: targetId }))).toBe("OK");
    await app.admin().api.roles.unassignPermission.mutate({ roleId: viewer.roleId, permission: "view_user" });
    for (const client of [viewer.byToken, viewer.bySession]) expect(await codeOf(client.api.users.get.query({ id: targetId }))).toBe("FORBIDDEN");
  });

  it("when the user leaves the group that inherits the role", async () => {
    const viewer = await viewerThroughGroups("walt");
    expect(await codeOf(viewer.byToken.api.users.get.query({ id: targetId }))).toBe("OK");
    await app.admin().api.users.removeFromGroups.mutate({ userId: viewer.id, groupIds: [viewer.groupId] });
    for (const client of [viewer.byToken, viewer.bySession]) expect(await codeOf(client.api.users.get.query({ id: targetId }))).toBe("FORBIDDEN");
  });

  it("when the group is taken out from under the parent that holds the role", async () => {
    const viewer = await viewerThroughGroups("xena");
    expect(await codeOf(viewer.bySession.api.users.get.query({ id: targetId }))).toBe("OK");
    await app.admin().api.groups.update.mutate({ id: viewer.groupId, parents: [] });
    for (const client of [viewer.byToken, viewer.bySession]) expect(await codeOf(client.api.users.get.query({ id: targetId }))).toBe("FORBIDDEN");
  });

  it("when the user is deactivated: neither the token nor the session is a caller any more", async () => {
    const viewer = await viewerThroughGroups("yuri");
    await app.admin().api.users.setActive.mutate({ ids: [viewer.id], isActive: false });
    for (const client of [viewer.byToken, viewer.bySession]) expect(await client.api.auth.me.query()).toBeNull();
    // Their Sessions tab is empty at once, before the revoke job deletes the rows.
    expect((await app.admin().api.users.sessions.query({ userId: viewer.id })).items).toEqual([]);
  });
});

describe("auth.me answers from the resolved caller", () => {
  it("shows the user's current name and email and permissions, by token and by session", async () => {
    const viewer = await viewerThroughGroups("zoe");
    await app.admin().api.users.update.mutate({ id: viewer.id, name: "Zoe Zed", email: "zoe@example.com" });
    for (const client of [viewer.byToken, viewer.bySession]) {
      expect(await client.api.auth.me.query()).toMatchObject({ user: { id: viewer.id, username: "zoe", name: "Zoe Zed", email: "zoe@example.com", isSuperuser: false }, permissions: ["view_user"] });
    }
  });
});

describe("last used", () => {
  it("is recorded for tokens and sessions shortly after a request, not during it", async () => {
    const viewer = await viewerThroughGroups("uma");
    await query("UPDATE sessions SET last_used = now() - interval '10 minutes', last_ip = '' WHERE user_id = ?", [viewer.id]);
    await viewer.byToken.api.auth.me.query();
    await viewer.bySession.api.auth.me.query();
    let row: { token_used: boolean; session_used: boolean; last_ip: string } | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      [row] = await query<{ token_used: boolean; session_used: boolean; last_ip: string }>(
        `SELECT (SELECT last_used IS NOT NULL FROM api_tokens WHERE user_id = ?) AS token_used,
                (SELECT last_used > now() - interval '1 minute' FROM sessions WHERE user_id = ?) AS session_used,
                (SELECT last_ip FROM sessions WHERE user_id = ?) AS last_ip`,
        [viewer.id, viewer.id, viewer.id],
      );
      if (row?.token_used && row.session_used) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(row).toEqual({ token_used: true, session_used: true, last_ip: "127.0.0.1" });
  });
});
