/** The plain search reaches the trigram index in PostgreSQL itself, not only on paper. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase, sql, type OpenTestDatabase } from "../../src/testing/index.js";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

let testDatabase: OpenTestDatabase;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
});
afterAll(() => testDatabase.close());

it("a plain search is planned on users_search_trgm", async () => {
  const em = testDatabase.database.fork();
  const { sql: condition, params } = compileUserQuery("nguyen");
  const plan = await em.transactional(async (tx) => {
    // On an almost empty table a sequential scan is cheaper; forbid it to see what can serve the query.
    await sql(tx, "SET LOCAL enable_seqscan = off");
    return sql<{ "QUERY PLAN": string }>(tx, `EXPLAIN SELECT u.id FROM users u WHERE ${condition}`, params);
  });
  expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("users_search_trgm");
});
