/** The Users list's page: its statements, its super-user flags, and its count only when asked. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listUsers, type ListUsersInput } from "../src/index.js";
import { openTestDatabase, sql, type OpenTestDatabase } from "../src/testing/index.js";

let testDatabase: OpenTestDatabase;
const adminsId = randomUUID();
const deputiesId = randomUUID();

beforeAll(async () => {
  testDatabase = await openTestDatabase();
  const em = testDatabase.database.fork();
  for (let index = 0; index < 30; index++) {
    await sql(em, "INSERT INTO users (id, username, name, email, path) VALUES (?, ?, ?, ?, 'listing')", [randomUUID(), `Lister-${String(index).padStart(2, "0")}`, `Name ${index}`, `l${index}@example.com`]);
  }
  // A super-user group and a group below it: members of either are super-users.
  await sql(em, "INSERT INTO groups (id, name, is_superuser) VALUES (?, 'list-admins', true), (?, 'list-deputies', false)", [adminsId, deputiesId]);
  await sql(em, "INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [deputiesId, adminsId]);
  await sql(em, "INSERT INTO group_users (group_id, user_id) SELECT ?, id FROM users WHERE username = 'Lister-03'", [adminsId]);
  await sql(em, "INSERT INTO group_users (group_id, user_id) SELECT ?, id FROM users WHERE username = 'Lister-07'", [deputiesId]);
});
afterAll(() => testDatabase.close());

/** Runs one listUsers call, counting the statements it sends. */
async function listCounted(input: ListUsersInput) {
  const em = testDatabase.database.fork();
  const knex = em.getKnex();
  let statements = 0;
  const count = () => (statements += 1);
  knex.on("query", count);
  try {
    const page = await listUsers(em, input);
    return { page, statements };
  } finally {
    knex.removeListener("query", count);
  }
}

describe("a Users list page", () => {
  it("is one statement when its count is not asked for", async () => {
    const first = await listCounted({ path: "listing", limit: 10 });
    const { page, statements } = await listCounted({ path: "listing", limit: 10, cursor: first.page.nextCursor, withCount: false });
    expect(page.items.map((user) => user.username)).toEqual(Array.from({ length: 10 }, (_, index) => `Lister-${index + 10}`));
    expect(page.count).toBeNull();
    expect(statements).toBe(1);
  });

  it("is one statement when the first page holds every match, which is its own count", async () => {
    const { page, statements } = await listCounted({ query: "lister-1", limit: 20 });
    expect(page.items).toHaveLength(10);
    expect(page.count).toEqual({ value: 10, exact: true });
    expect(statements).toBe(1);
  });

  it("adds the estimate and a bounded exact count when more pages follow", async () => {
    const { page, statements } = await listCounted({ path: "listing", limit: 10 });
    expect(page.nextCursor).not.toBeNull();
    expect(page.count).toEqual({ value: 30, exact: true });
    expect(statements).toBe(3);
  });

  it("flags the members of a super-user group and of the groups below it, and nobody else", async () => {
    const { page } = await listCounted({ path: "listing", limit: 10 });
    expect(page.items.filter((user) => user.isSuperuser).map((user) => user.username)).toEqual(["Lister-03", "Lister-07"]);
  });

  it("keeps its order and its keyset in every direction", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const result: { page: { items: { username: string }[]; nextCursor: string | null } } = await listCounted({ path: "listing", ordering: "-username", limit: 7, cursor, withCount: false });
      names.push(...result.page.items.map((user) => user.username));
      cursor = result.page.nextCursor;
    } while (cursor);
    expect(names).toEqual(Array.from({ length: 30 }, (_, index) => `Lister-${String(29 - index).padStart(2, "0")}`));
  });
});
