import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { seedUsers } from "./support/seed.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("creating users", () => {
  it("creates a user inside a folder and writes model_created", async () => {
    const user = await app.admin().api.users.create.mutate({ username: "frank", path: "users/ops", name: "Frank", email: "frank@example.com", attributes: { shift: "night" } });
    expect(user).toMatchObject({ username: "frank", path: "users/ops", isActive: true, type: "internal", attributes: { shift: "night" }, isSuperuser: false });
    const events = await sql<{ context: Record<string, unknown> }>(app.database.fork(), "SELECT context FROM events WHERE action = 'model_created' AND target_user_id = ?", [user.id]);
    expect(events[0]?.context).toMatchObject({ model: "user", pk: user.id, name: "frank" });
  });

  it("accepts the path foo", async () => {
    expect((await app.admin().api.users.create.mutate({ username: "in-foo", path: "foo" })).path).toBe("foo");
  });

  it.each([
    ["/foo", "No leading or trailing slashes allowed."],
    ["foo/", "No leading or trailing slashes allowed."],
    ["", "This field may not be blank."],
    ["fo//o", "No empty segments in user path allowed."],
  ])("refuses the path %j with %j", async (path, message) => {
    const error = await errorOf(app.admin().api.users.create.mutate({ username: `bad-${path.length}-${Math.random()}`, path }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({ path: [message] });
  });

  it("keeps usernames unique across all folders", async () => {
    await app.admin().api.users.create.mutate({ username: "grace", path: "users/a" });
    const error = await errorOf(app.admin().api.users.create.mutate({ username: "grace", path: "users/b" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.data.fieldErrors).toEqual({ username: ["A user with this username already exists."] });
  });

  it("enforces unique emails only when the setting is on", async () => {
    await app.admin().api.users.create.mutate({ username: "heidi1", email: "heidi@example.com" });
    await app.admin().api.users.create.mutate({ username: "heidi2", email: "heidi@example.com" });
    await sql(app.database.fork(), "UPDATE settings SET unique_email = true");
    try {
      const error = await errorOf(app.admin().api.users.create.mutate({ username: "heidi3", email: "HEIDI@example.com" }));
      expect(error.code).toBe("CONFLICT");
      expect(error.data.fieldErrors).toEqual({ email: ["A user with this email address already exists."] });
    } finally {
      await sql(app.database.fork(), "UPDATE settings SET unique_email = false");
    }
  });

  it("names the field and the rule for an invalid email", async () => {
    const error = await errorOf(app.admin().api.users.create.mutate({ username: "ivan", email: "not-an-email" }));
    expect(error.data.fieldErrors).toEqual({ email: ["Enter a valid email address."] });
  });
});

describe("editing, deactivating and deleting", () => {
  it("records the changed fields of an update", async () => {
    const user = await app.admin().api.users.create.mutate({ username: "judy" });
    const updated = await app.admin().api.users.update.mutate({ id: user.id, name: "Judy", attributes: { team: "blue" } });
    expect(updated).toMatchObject({ name: "Judy", attributes: { team: "blue" } });
    const events = await sql<{ context: { changes: unknown } }>(app.database.fork(), "SELECT context FROM events WHERE action = 'model_updated' AND target_user_id = ?", [user.id]);
    expect(events.map((event) => event.context.changes)).toEqual([{ name: { from: "", to: "Judy" }, attributes: { from: {}, to: { team: "blue" } } }]);
  });

  it("refuses to change an internal service account", async () => {
    const ids = await seedUsers(app.database, [{ username: "internal-outpost", type: "internal_service_account" }]);
    const id = ids.get("internal-outpost") ?? "";
    const error = await errorOf(app.admin().api.users.update.mutate({ id, name: "x" }));
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "Internal service accounts cannot be changed or deleted." });
    expect((await errorOf(app.admin().api.users.delete.mutate({ ids: [id] }))).code).toBe("FORBIDDEN");
  });

  it("deactivates and reactivates in bulk, and refuses to deactivate oneself", async () => {
    const ids = [...(await seedUsers(app.database, [{ username: "bulk-1" }, { username: "bulk-2" }])).values()];
    expect(await app.admin().api.users.setActive.mutate({ ids, isActive: false })).toEqual({ updated: 2 });
    expect(await app.admin().api.users.setActive.mutate({ ids, isActive: false })).toEqual({ updated: 0 });
    expect(await app.admin().api.users.setActive.mutate({ ids, isActive: true })).toEqual({ updated: 2 });
    const me = await app.admin().api.auth.me.query();
    const error = await errorOf(app.admin().api.users.setActive.mutate({ ids: [me?.user.id ?? ""], isActive: false }));
    expect(error.data.fieldErrors).toEqual({ ids: ["You cannot deactivate your own account."] });
  });

  it("deletes several users, keeping their usernames in the audit log", async () => {
    const ids = [...(await seedUsers(app.database, [{ username: "gone-1" }, { username: "gone-2" }])).values()];
    expect(await app.admin().api.users.delete.mutate({ ids })).toEqual({ deleted: 2 });
    expect((await errorOf(app.admin().api.users.get.query({ id: ids[0] ?? "" }))).code).toBe("NOT_FOUND");
    const events = await sql<{ name: string }>(app.database.fork(), "SELECT context->>'name' AS name FROM events WHERE action = 'model_deleted' ORDER BY 1");
    expect(events.map((event) => event.name)).toEqual(expect.arrayContaining(["gone-1", "gone-2"]));
  });
});

function listPage(ordering: "username" | "-username" | "name" | "-name" | "email" | "-email" | "last_login" | "-last_login" | "date_joined" | "-date_joined" | "last_updated" | "-last_updated", cursor: string | null) {
  return app.admin().api.users.list.query({ path: "paging", ordering, limit: 10, cursor });
}

describe("folders and pages", () => {
  it("users.paths equals the distinct sorted paths", async () => {
    const { paths } = await app.admin().api.users.paths.query();
    const rows = await sql<{ path: string }>(app.database.fork(), "SELECT DISTINCT path FROM users");
    expect(paths).toEqual(rows.map((row) => row.path).sort());
  });

  it("walks every ordering page by page with no row twice and none missing", async () => {
    await seedUsers(
      app.database,
      Array.from({ length: 45 }, (_, index) => ({
        username: `page-${String(index).padStart(2, "0")}`,
        name: `Name ${index % 7}`,
        email: `p${index % 5}@example.com`,
        path: "paging",
        lastLogin: index % 3 === 0 ? null : `2025-01-${String((index % 27) + 1).padStart(2, "0")}T00:00:00Z`,
      })),
    );
    const expected = (await app.admin().api.users.list.query({ path: "paging", limit: 100 })).items.map((user) => user.username).sort();
    expect(expected).toHaveLength(45);
    for (const ordering of ["username", "-username", "name", "-name", "email", "-email", "last_login", "-last_login", "date_joined", "-date_joined", "last_updated", "-last_updated"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null as string | null;
      do {
        const page = await listPage(ordering, cursor);
        seen.push(...page.items.map((user) => user.username));
        expect(page.count).toEqual({ value: 45, exact: true });
        cursor = page.nextCursor;
      } while (cursor);
      expect([...seen].sort(), ordering).toEqual(expected);
      expect(new Set(seen).size, ordering).toBe(45);
    }
  });

  it("a page costs the same number of SQL statements whatever its size", async () => {
    // The token's last use is written a second after a request, at most once a minute: let that write land before counting.
    await app.admin().api.users.list.query({ limit: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const knex = app.database.orm.em.getKnex();
    let statements = 0;
    const count = () => (statements += 1);
    knex.on("query", count);
    try {
      await app.admin().api.users.list.query({ limit: 5 });
      const small = statements;
      statements = 0;
      const large = await app.admin().api.users.list.query({ limit: 40 });
      expect(large.items).toHaveLength(40);
      expect(large.nextCursor).not.toBeNull();
      expect(statements).toBe(small);
      expect(small).toBeLessThanOrEqual(8);
    } finally {
      knex.removeListener("query", count);
    }
  });

  it("refuses a cursor that is not one", async () => {
    const error = await errorOf(app.admin().api.users.list.query({ cursor: "garbage" }));
    expect(error.data.fieldErrors).toEqual({ cursor: ["This cursor is not valid for this list. Start again from the first page."] });
  });
});
