import { describe, expect, it } from "vitest";
import { compileUserQuery, isPlainSearch } from "../../src/query/index.js";
import { queryErrorOf } from "./helpers.js";

const TERM = "(u.username || ' ' || u.name || ' ' || u.email) ILIKE ?";

describe("isPlainSearch", () => {
  it.each([
    "alice",
    "bob smith",
    "alice@example.com",
    "o'brien",
    "Smith and Sons",
    "not bob",
    "IN",
    "(alice)",
    "bob!",
    '"a = b"',
    'bob "an unterminated string = hides its operators',
    "José 😀",
    "",
  ])("treats %j as a plain search", (text) => {
    expect(isPlainSearch(text)).toBe(true);
  });

  it.each([
    "username = ",
    'username = "alice"',
    "a=b",
    "x ~ y",
    "level>3",
    "a != b",
    "name in",
    "name startswith x",
    "name not endswith x",
    'usrname = "x"',
  ])("treats %j as a query", (text) => {
    expect(isPlainSearch(text)).toBe(false);
  });
});

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

  it("reports an invalid query instead of searching for it", () => {
    expect(queryErrorOf(() => compileUserQuery('usrname = "x"'))).toEqual({
      message: 'Unknown field "usrname" at 1:1 — did you mean "username"?',
      start: 0,
      end: 7,
    });
  });

  it("refuses the NUL character, which PostgreSQL text cannot hold", () => {
    expect(queryErrorOf(() => compileUserQuery("ab\0c"))).toEqual({
      message: "The NUL character is not allowed at 1:3",
      start: 2,
      end: 3,
    });
  });
});
