import { describe, expect, it } from "vitest";
import { checkUserQuery, isPlainSearch } from "../../src/query/index.js";
import { queryErrorOf } from "./helpers.js";

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

describe("checkUserQuery on plain search", () => {
  it("splits the search into its whitespace-separated terms", () => {
    expect(checkUserQuery("  bob\tsmith\n")).toEqual({ kind: "search", terms: ["bob", "smith"] });
  });

  it("has no terms for blank input", () => {
    expect(checkUserQuery(" \n\t ")).toEqual({ kind: "search", terms: [] });
  });

  it("reports an invalid query instead of searching for it", () => {
    expect(queryErrorOf(() => checkUserQuery('usrname = "x"'))).toEqual({
      message: 'Unknown field "usrname" at 1:1 — did you mean "username"?',
      start: 0,
      end: 7,
    });
  });

  it("refuses the NUL character, which PostgreSQL text cannot hold", () => {
    expect(queryErrorOf(() => checkUserQuery("ab\0c"))).toEqual({
      message: "The NUL character is not allowed at 1:3",
      start: 2,
      end: 3,
    });
  });
});
