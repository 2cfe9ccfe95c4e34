/** Plain search and `~` reach the fields' trigram indexes in PostgreSQL itself, not only on paper. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase, sql, type OpenTestDatabase } from "../../src/testing/index.js";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

let testDatabase: OpenTestDatabase;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
  // Enough rows for costs to mean something: on an almost empty table even reading a whole btree looks cheap.
  const em = testDatabase.database.fork();
  await sql(em, "INSERT INTO users (id, username, name, email) SELECT gen_random_uuid(), 'search-' || n, 'Name ' || n, 'search-' || n || '@example.com' FROM generate_series(1, 5000) n");
  // VACUUM moves the trigram entries out of the GIN pending list, which the planner costs as a scan.
  await sql(em, "VACUUM ANALYZE users");
});
afterAll(() => testDatabase.close());

async function plan(query: string): Promise<string> {
  const em = testDatabase.database.fork();
  const { sql: condition, params } = compileUserQuery(query);
  const rows = await em.transactional(async (tx) => {
    // On a table this small a sequential scan is cheaper; forbid it to see what can serve the query.
    await sql(tx, "SET LOCAL enable_seqscan = off");
    return sql<{ "QUERY PLAN": string }>(tx, `EXPLAIN SELECT u.id FROM users u WHERE ${condition}`, params);
  });
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

it("a plain search is planned on the trigram index of each field", async () => {
  const text = await plan("nguyen");
  for (const index of ["users_username_trgm", "users_name_trgm", "users_email_trgm"]) expect(text).toContain(index);
});

it("a contains on one field is planned on that field's trigram index", async () => {
  expect(await plan('email ~ "nguyen"')).toContain("users_email_trgm");
  expect(await plan('name endswith "nguyen"')).toContain("users_name_trgm");
});
