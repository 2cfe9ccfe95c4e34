import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";
import { SEARCH_DOCUMENT } from "../../src/services/users/query/plain-search.js";

const TERM = "(u.username || ' ' || u.name || ' ' || u.email) ILIKE ?";

describe("compileUserQuery on plain search", () => {
  it("matches one term in username, name or email", () => {
    expect(compileUserQuery("alice")).toEqual({ sql: TERM, params: ["%alice%"], kind: "search" });
  });

  it("requires every whitespace-separated term", () => {
    expect(compileUserQuery("  bob\tsmith\n")).toEqual({
      sql: `(${TERM} AND ${TERM})`,
      params: ["%bob%", "%smith%"],
      kind: "search",
    });
  });

  it("escapes LIKE wildcards in terms", () => {
    expect(compileUserQuery("50%_x").params).toEqual(["%50\\%\\_x%"]);
  });

  it("matches everything for blank input", () => {
    expect(compileUserQuery("")).toEqual({ sql: "TRUE", params: [], kind: "search" });
    expect(compileUserQuery(" \n\t ")).toEqual({ sql: "TRUE", params: [], kind: "search" });
  });
});

describe("the plain-search document", () => {
  it("is the very expression of the users_search_trgm index, on the alias u", () => {
    const migration = readFileSync(new URL("../../src/migrations/schema-v4-search.sql", import.meta.url), "utf8");
    const indexed = /CREATE INDEX users_search_trgm ON users USING gin \((.+) gin_trgm_ops\);/.exec(migration)?.[1];
    expect(indexed).toBeDefined();
    expect(SEARCH_DOCUMENT.replaceAll("u.", "")).toBe(indexed);
  });
});
