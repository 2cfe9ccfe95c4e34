import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";
import { SEARCHED_COLUMNS } from "../../src/services/users/query/plain-search.js";
import { TRIGRAM_COLUMNS } from "../../src/sql-fragment.js";

const TERM = "(lower(u.username) LIKE lower(?) OR lower(u.name) LIKE lower(?) OR lower(u.email) LIKE lower(?))";
const thrice = (pattern: string) => [pattern, pattern, pattern];

describe("compileUserQuery on plain search", () => {
  it("matches one term in username, name or email", () => {
    expect(compileUserQuery("alice")).toEqual({ sql: TERM, params: thrice("%alice%"), kind: "search" });
  });

  it("requires every whitespace-separated term", () => {
    expect(compileUserQuery("  bob\tsmith\n")).toEqual({
      sql: `(${TERM} AND ${TERM})`,
      params: [...thrice("%bob%"), ...thrice("%smith%")],
      kind: "search",
    });
  });

  it("escapes LIKE wildcards in terms", () => {
    expect(compileUserQuery("50%_x").params).toEqual(thrice("%50\\%\\_x%"));
  });

  it("matches everything for blank input", () => {
    expect(compileUserQuery("")).toEqual({ sql: "TRUE", params: [], kind: "search" });
    expect(compileUserQuery(" \n\t ")).toEqual({ sql: "TRUE", params: [], kind: "search" });
  });
});

describe("the searched columns", () => {
  const migration = (name: string) => readFileSync(new URL(`../../src/migrations/${name}`, import.meta.url), "utf8");

  it("each have a trigram index on their lower case, the very expression they are matched on", () => {
    for (const column of SEARCHED_COLUMNS) {
      const field = column.replace("u.", "");
      expect(TRIGRAM_COLUMNS.has(column)).toBe(true);
      expect(migration("schema-v12-search.sql")).toContain(`CREATE INDEX users_${field}_trgm ON users USING gin (lower(${field}) gin_trgm_ops);`);
    }
    expect([...TRIGRAM_COLUMNS].sort()).toEqual([...SEARCHED_COLUMNS].sort());
  });

  it("are all carried by the list-order index, so that a page is filtered on its entries", () => {
    const fields = SEARCHED_COLUMNS.map((column) => column.replace("u.", "")).join(", ");
    expect(migration("schema-v11-list-pages.sql")).toContain(`CREATE INDEX users_username_lower ON users ((lower(username) COLLATE "C"), id) INCLUDE (${fields});`);
  });
});
