/**
 * The privilege-escalation walk (SPEC §9). For every mutation of the router that names a
 * permission, a fresh user holding only that permission — globally, then on its own objects —
 * throws the procedure at the admin user, the `admins` group, a role with every permission, a
 * user holding that role, and itself. Afterwards it must still hold no more than it was given,
 * and the protected accounts must be as they were. New procedures are walked automatically.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantsNotHeld, permissionCodenames, permissionModel, type TPermission } from "@roster/core";
import { createSession, loadPermissions, newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { appRouter } from "../src/router.js";
import { startTestApp, type TestApp } from "../src/testing/index.js";
import { bootstrapIds, ensureNamed } from "./support/seed.js";

interface WalkedProcedure {
  path: string;
  permission: TPermission;
  keys: string[];
}

type ZodLike = { shape?: Record<string, unknown>; unwrap?: () => ZodLike } | undefined;

function inputKeys(schema: ZodLike): string[] {
  let current = schema;
  while (current && !current.shape && current.unwrap) current = current.unwrap();
  return current?.shape ? Object.keys(current.shape) : [];
}

const walked: WalkedProcedure[] = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { permission?: TPermission }; inputs: ZodLike[] } }>)
  .filter(([, procedure]) => procedure._def.type === "mutation" && procedure._def.meta?.permission)
  .map(([path, procedure]) => ({ path, permission: procedure._def.meta?.permission as TPermission, keys: inputKeys(procedure._def.inputs[0]) }));

let app: TestApp;
let adminId: string;
let adminsGroupId: string;
let adminSessionId: string;
let counter = 0;

async function query<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

beforeAll(async () => {
  app = await startTestApp();
  ({ adminId, adminsGroupId } = await bootstrapIds(app.database));
  adminSessionId = (await createSession(app.database.fork(), adminId, { clientIp: "127.0.0.1", userAgent: "admin-browser", brand: "" })).sessionId;
});
afterAll(() => app.close());

/**
 * What the walk must find unchanged: everything about the admin and the admins group, and the
 * credentials of a user who holds more than the walker, and the email and username that lead
 * into the account (a takeover of that user is an escalation too; changing their name or groups
 * under a global change_user is not).
 */
async function protectedState(powerUserId: string): Promise<{ admin: unknown[]; powerUser: unknown[] }> {
  const admin = await query(
    `SELECT u.username, u.password_hash, u.email, u.is_active, u.type, u.password_change_date,
            (SELECT array_agg(group_id ORDER BY group_id) FROM group_users WHERE user_id = u.id) AS groups,
            (SELECT array_agg(role_id ORDER BY role_id) FROM user_roles WHERE user_id = u.id) AS roles,
            (SELECT array_agg(id ORDER BY id) FROM api_tokens WHERE user_id = u.id) AS tokens,
            (SELECT array_agg(id ORDER BY id) FROM sessions WHERE user_id = u.id OR impersonator_id = u.id) AS sessions,
            (SELECT array_agg(user_id ORDER BY user_id) FROM group_users WHERE group_id = ?) AS admins_members,
            (SELECT is_superuser FROM groups WHERE id = ?) AS admins_flag
       FROM users u WHERE u.id = ?`,
    [adminsGroupId, adminsGroupId, adminId],
  );
  const powerUser = await query(
    `SELECT u.password_hash, u.password_change_date, u.email, u.username, (SELECT array_agg(id ORDER BY id) FROM api_tokens WHERE user_id = u.id) AS tokens,
            (SELECT count(*)::int FROM sessions WHERE user_id = u.id) AS sessions
       FROM users u WHERE u.id = ?`,
    [powerUserId],
  );
  return { admin, powerUser };
}

interface Fixture {
  walkerId: string;
  walkerRoleId: string;
  walkerGroupId: string;
  bigRoleId: string;
  bigGroupId: string;
  powerUserId: string;
  cookie: string;
}

/** A walker holding `permission` (globally, or on its own user, group or role), and fresh targets. */
async function fixture(permission: TPermission, scope: "global" | "own"): Promise<Fixture | null> {
  const n = ++counter;
  const walkerId = newId();
  const powerUserId = newId();
  await query("INSERT INTO users (id, username, email) VALUES (?, ?, ?), (?, ?, ?)", [walkerId, `walker-${n}`, `walker-${n}@example.com`, powerUserId, `power-${n}`, `power-${n}@example.com`]);
  const walkerRoleId = await ensureNamed(app.database, "roles", `walker-role-${n}`);
  const walkerGroupId = await ensureNamed(app.database, "groups", `walker-group-${n}`);
  const bigRoleId = await ensureNamed(app.database, "roles", `big-role-${n}`);
  const bigGroupId = await ensureNamed(app.database, "groups", `big-group-${n}`);
  const model = permissionModel(permission);
  const ownObject = { user: walkerId, group: walkerGroupId, role: walkerRoleId }[model];
  if (scope === "own" && !ownObject) return null;
  await query("INSERT INTO role_permissions (id, role_id, codename, object_type, object_id) VALUES (?, ?, ?, ?, ?)", [
    newId(),
    walkerRoleId,
    permission,
    scope === "own" ? model : null,
    scope === "own" ? ownObject : null,
  ]);
  for (const codename of permissionCodenames) await query("INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), bigRoleId, codename]);
  await query("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?), (?, ?)", [walkerId, walkerRoleId, powerUserId, bigRoleId]);
  await query("INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [walkerGroupId, walkerId]);
  await query("INSERT INTO group_roles (group_id, role_id) VALUES (?, ?)", [bigGroupId, bigRoleId]);
  const { cookieValue } = await createSession(app.database.fork(), walkerId, { clientIp: "127.0.0.1", userAgent: "walker", brand: "" });
  return { walkerId, walkerRoleId, walkerGroupId, bigRoleId, bigGroupId, powerUserId, cookie: `roster_session=${cookieValue}` };
}

/** Who the walker aims at: one scenario a call, each filling the procedure's input by field name. */
function scenarios(f: Fixture): Record<string, unknown>[] {
  const people = [adminId, f.powerUserId, f.walkerId];
  const groups = [adminsGroupId, f.bigGroupId, f.walkerGroupId];
  const roles = [f.bigRoleId, f.walkerRoleId];
  const ids = [...people, ...groups, ...roles, adminSessionId];
  const list: Record<string, unknown>[] = [];
  for (const id of ids) list.push({ id, ids: [id] });
  for (const userId of people) {
    for (const groupId of groups) list.push({ userId, userIds: [userId], groupId, groupIds: [groupId] });
    for (const roleId of roles) list.push({ userId, roleIds: [roleId] });
  }
  for (const roleId of roles) {
    for (const permission of permissionCodenames) list.push({ roleId, permission });
    list.push({ roleId, permission: "change_user", objectType: "user", objectId: adminId });
  }
  for (const id of [f.walkerGroupId, f.bigGroupId]) list.push({ id, parents: [adminsGroupId], roles: [f.bigRoleId] }, { id, parents: [f.bigGroupId] }, { id, isSuperuser: true });
  list.push({ parents: [adminsGroupId] }, { roles: [f.bigRoleId] }, { isSuperuser: true });
  return list;
}

/** Plausible values for the fields a scenario leaves open, so the call reaches the service. */
function defaults(n: number): Record<string, unknown> {
  return {
    name: `walk-${n}-${newId().slice(0, 8)}`,
    username: `walk-${n}-${newId().slice(0, 8)}`,
    identifier: `walk-${n}-${newId().slice(0, 8)}`,
    email: "attacker@evil.example",
    password: "Escalated-password-1",
    isActive: false,
    reason: "escalation walk",
    intent: "api",
    expiring: false,
    description: "walk",
  };
}

async function attempt(path: string, keys: string[], scenario: Record<string, unknown>, cookie: string, n: number): Promise<number> {
  const fill = { ...defaults(n), ...scenario };
  const input = Object.fromEntries(keys.filter((key) => key in fill).map((key) => [key, fill[key]]));
  const response = await fetch(`${app.url}/trpc/${path}`, {
    method: "POST",
    headers: { cookie, origin: "http://localhost:9000", "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("no partial permission leads to more", () => {
  it("the walk covers the mutations that grant or touch accounts", () => {
    const paths = walked.map((procedure) => procedure.path);
    for (const path of ["users.addToGroups", "groups.addMembers", "users.assignRoles", "roles.assignPermission", "groups.update", "users.setPassword", "users.createRecoveryLink", "users.impersonate", "tokens.create", "sessions.delete"]) {
      expect(paths).toContain(path);
    }
  });

  it.each(walked.flatMap((procedure) => (["global", "own"] as const).map((scope) => ({ ...procedure, scope }))))(
    "$path with only $permission ($scope)",
    async ({ path, permission, keys, scope }) => {
      const f = await fixture(permission, scope);
      if (!f) return;
      const before = await loadPermissions(app.database.fork(), f.walkerId);
      const protectedBefore = await protectedState(f.powerUserId);
      const statuses = new Set<number>();
      const seen = new Set<string>();
      for (const scenario of scenarios(f)) {
        const relevant = JSON.stringify(Object.fromEntries(Object.entries(scenario).filter(([key]) => keys.includes(key))));
        if (seen.has(relevant)) continue;
        seen.add(relevant);
        statuses.add(await attempt(path, keys, scenario, f.cookie, counter));
      }
      expect([...statuses].every((status) => status < 500), `${path} answered ${[...statuses].join(", ")}`).toBe(true);
      const after = await loadPermissions(app.database.fork(), f.walkerId);
      expect(after.isSuperuser).toBe(false);
      expect(grantsNotHeld(before, after.grants())).toEqual([]);
      const protectedAfter = await protectedState(f.powerUserId);
      expect(protectedAfter.admin).toEqual(protectedBefore.admin);
      // Deleting or deactivating the user who holds more is not a takeover; changing their credentials is.
      if (protectedAfter.powerUser.length > 0) expect(protectedAfter.powerUser).toEqual(protectedBefore.powerUser);
    },
  );
});
