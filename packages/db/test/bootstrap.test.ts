import { afterAll, beforeAll, expect, it } from "vitest";
import { bootstrap, hashPassword, newId, type Database } from "../src/index.js";
import { verifyPassword } from "../src/services/auth/passwords.js";
import { openTestDatabase, sql, User, type OpenTestDatabase } from "../src/testing/index.js";

let testDatabase: OpenTestDatabase;
let database: Database;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
  database = testDatabase.database;
});
afterAll(() => testDatabase.close());

/** A directory of its own, for tests that need to start from nothing. */
async function withEmptyDirectory(test: (database: Database) => Promise<void>): Promise<void> {
  const fresh = await openTestDatabase();
  try {
    await test(fresh.database);
  } finally {
    await fresh.close();
  }
}

const options = { email: "admin@example.com", password: "first-admin-password" };

it("creates the admin in the admins super-user group once, and the default flows on the default brand", async () => {
  const first = await bootstrap(database.fork(), { email: "admin@example.com", token: "bootstrap-key" });
  expect(first.admin?.passwordGenerated).toBe(true);
  const second = await bootstrap(database.fork(), { email: "admin@example.com", token: "bootstrap-key", password: "ignored-now" });
  expect(second.admin).toBeNull();

  const em = database.fork();
  const admin = await em.findOneOrFail(User, { username: "admin" }, { populate: ["passwordHash"] });
  expect(await verifyPassword(admin.passwordHash, first.admin?.password ?? "")).toBe(true);
  const rows = await em.execute<{ name: string; is_superuser: boolean }[]>(
    "SELECT g.name, g.is_superuser FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = ?",
    [admin.id],
  );
  expect(rows).toEqual([{ name: "admins", is_superuser: true }]);
  const brand = await em.execute<{ auth: string; inval: string; recovery: string | null }[]>(
    `SELECT fa.slug AS auth, fi.slug AS inval, b.flow_recovery_id AS recovery FROM brands b
       JOIN flows fa ON fa.id = b.flow_authentication_id JOIN flows fi ON fi.id = b.flow_invalidation_id WHERE b."default"`,
  );
  expect(brand).toEqual([{ auth: "default-authentication-flow", inval: "default-invalidation-flow", recovery: null }]);
  const tokens = await em.execute<{ n: number }[]>("SELECT count(*)::int AS n FROM api_tokens WHERE key_hash <> 'bootstrap-key'");
  expect(tokens[0]?.n).toBe(1);
});

it("with every super-user deactivated, then removed, the bootstrap neither re-enables nor recreates an admin", async () => {
  await withEmptyDirectory(async (database) => {
    await bootstrap(database.fork(), options);
    const em = database.fork();
    const colleague = em.create(User, { id: newId(), username: "colleague" });
    colleague.passwordHash = await hashPassword("colleague-password");
    await em.flush();

    await sql(em, "UPDATE users SET is_active = false WHERE username = 'admin'");
    expect((await bootstrap(database.fork(), { ...options, password: "a-new-password" })).admin).toBeNull();
    const admin = await database.fork().findOneOrFail(User, { username: "admin" }, { populate: ["passwordHash"] });
    expect(admin.isActive).toBe(false);
    expect(await verifyPassword(admin.passwordHash, options.password)).toBe(true);

    await sql(em, "DELETE FROM users WHERE username = 'admin'");
    expect((await bootstrap(database.fork(), options)).admin).toBeNull();
    const users = await sql<{ username: string }>(database.fork(), "SELECT username FROM users ORDER BY username");
    expect(users).toEqual([{ username: "colleague" }]);
    const superusers = await sql<{ n: number }>(database.fork(), "SELECT count(*)::int AS n FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE g.is_superuser");
    expect(superusers[0]?.n).toBe(0);
  });
});

it("a directory holding only internal service accounts is still empty: the first admin is created", async () => {
  await withEmptyDirectory(async (database) => {
    const em = database.fork();
    em.create(User, { id: newId(), username: "outpost", type: "internal_service_account" });
    await em.flush();
    const result = await bootstrap(database.fork(), options);
    expect(result.admin).toEqual({ username: "admin", password: options.password, passwordGenerated: false });
  });
});

it("replicas starting together create one admin", async () => {
  await withEmptyDirectory(async (database) => {
    const results = await Promise.all([bootstrap(database.fork(), options), bootstrap(database.fork(), options)]);
    expect(results.filter((result) => result.admin !== null)).toHaveLength(1);
    const admins = await sql<{ n: number }>(database.fork(), "SELECT count(*)::int AS n FROM users WHERE username = 'admin'");
    expect(admins[0]?.n).toBe(1);
  });
});
