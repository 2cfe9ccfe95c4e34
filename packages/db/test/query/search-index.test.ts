/** The plain search reaches the trigram index in PostgreSQL itself, not only on paper. */
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

it("a plain search is planned on users_search_trgm", async () => {
  const em = testDatabase.database.fork();
  const { sql: condition, params } = compileUserQuery("nguyen");
  const plan = await em.transactional(async (tx) => {
    // On a table this small a sequential scan is cheaper; forbid it to see what can serve the query.
    await sql(tx, "SET LOCAL enable_seqscan = off");
    return sql<{ "QUERY PLAN": string }>(tx, `EXPLAIN SELECT u.id FROM users u WHERE ${condition}`, params);
  });
  expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("users_search_trgm");
});
