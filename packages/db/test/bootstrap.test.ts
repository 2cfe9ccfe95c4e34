import { afterAll, beforeAll, expect, it } from "vitest";
import { bootstrap, verifyPassword, User, type Database } from "../src/index.js";
import { openTestDatabase, type OpenTestDatabase } from "../src/testing/index.js";

let testDatabase: OpenTestDatabase;
let database: Database;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
  database = testDatabase.database;
});
afterAll(() => testDatabase.close());

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
