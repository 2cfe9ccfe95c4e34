/** The composition walk's directory: the admin, a user holding every permission, a plain victim, and the walker. */
import { generateSync } from "otplib";
import { permissionCodenames, type PermissionSet, type TPermission } from "@roster/core";
import { createSession, loadPermissions, newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp, type TestClient } from "../../src/testing/index.js";
import type { AttackerKnowledge } from "./flow-driver.js";
import { bootstrapIds, ensureNamed } from "./seed.js";
import { createUserWithPassword } from "./users.js";

export interface World {
  app: TestApp;
  walker: { id: string; cookie: string; permissions: PermissionSet };
  knows: AttackerKnowledge;
  protectedIds: string[];
  groups: { admins: string; big: string; walkers: string; harmless: string };
  roleIds: string[];
  invitationTokens: string[];
  startedAt: string;
}

export async function query<T extends object>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return sql<T>(app.database.fork(), text, params);
}

/** A fresh directory: the admin, a user holding every permission, a plain victim, and the walker with `granted`. */
export async function buildWorld(granted: readonly TPermission[]): Promise<World> {
  const app = await startTestApp({ ROSTER_TRUSTED_PROXIES: "127.0.0.1" });
  const { adminId, adminsGroupId: admins } = await bootstrapIds(app.database);
  const power = await createUserWithPassword(app, "power", "power-password-unknown-1", { email: "power@example.com" });
  const victim = await createUserWithPassword(app, "victim", "victim-password-unknown-1", { email: "victim@example.com" });
  const walker = await createUserWithPassword(app, "walker", "walker-password-1", { email: "walker@evil.example" });
  const bigRole = await ensureNamed(app.database, "roles", "everything");
  for (const codename of permissionCodenames) await query(app, "INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), bigRole, codename]);
  const walkerRole = await ensureNamed(app.database, "roles", "walker-role");
  for (const codename of granted) await query(app, "INSERT INTO role_permissions (id, role_id, codename) VALUES (?, ?, ?)", [newId(), walkerRole, codename]);
  const big = await ensureNamed(app.database, "groups", "big-group");
  const walkers = await ensureNamed(app.database, "groups", "walker-group");
  const harmless = await ensureNamed(app.database, "groups", "harmless");
  await query(app, "INSERT INTO group_roles (group_id, role_id) VALUES (?, ?), (?, ?)", [big, bigRole, walkers, walkerRole]);
  await query(app, "INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", [power.id, bigRole]);
  await query(app, "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [walkers, walker.id]);
  const { cookieValue } = await createSession(app.database.fork(), walker.id, { clientIp: "127.0.0.1", userAgent: "walker", brand: "" });
  const cookie = cookieValue;
  // The walker has an authenticator app of its own, so it can pass second-factor stages as itself.
  const browser = walkerBrowser(app, cookie, "10.9.0.1");
  const setup = await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup", restart: true });
  const totpSecret = setup.type === "challenge" ? (setup.secret ?? "") : "";
  await browser.api.flows.execute.mutate({ slug: "default-authenticator-totp-setup", response: { code: generateSync({ secret: totpSecret, epoch: Math.floor(Date.now() / 1000) }) } });
  // An invitation an admin made in good faith: its link reaches the attacker.
  const { link } = await app.admin().api.invitations.create.mutate({ name: "for-a-contractor", fixedData: { groups: ["harmless"] } });
  const startedAt = (await query<{ now: string }>(app, "SELECT now()::text AS now"))[0]?.now ?? "";
  return {
    app,
    walker: { id: walker.id, cookie, permissions: await loadPermissions(app.database.fork(), walker.id) },
    knows: { names: ["walker", "admin", "power", "victim", "nobody-here", "walker@evil.example", "admin@example.com"], password: "walker-password-1", totpSecret, email: "walker@evil.example" },
    protectedIds: [adminId, power.id, victim.id],
    groups: { admins, big, walkers, harmless },
    roleIds: [bigRole, walkerRole],
    invitationTokens: [new URL(link).searchParams.get("token") ?? ""],
    startedAt,
  };
}

/** A browser from its own address (the walk's sign-in attempts are not throttled as one), signed in as the walker or not. */
export function walkerBrowser(app: TestApp, cookie: string | null, address: string): TestClient {
  const browser = app.client({ forwardedFor: address });
  if (cookie) browser.cookies.set("roster_session", cookie);
  return browser;
}
