import { describe, expect, it } from "vitest";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

function compiled(text: string): [string, unknown[]] {
  const { sql, params } = compileUserQuery(text);
  return [sql, params];
}

describe("compileUserQuery on text fields", () => {
  it.each([
    ['username = "Alice"', "u.username = ?", ["Alice"]],
    ['username != "Alice"', "u.username <> ?", ["Alice"]],
    ['name ~ "li"', "lower(u.name) LIKE lower(?)", ["%li%"]],
    ['name !~ "li"', "NOT (lower(u.name) LIKE lower(?))", ["%li%"]],
    ['username startswith "Al"', 'lower(u.username) COLLATE "C" LIKE ?', ["al%"]],
    ['username not startswith "Al"', 'NOT (lower(u.username) COLLATE "C" LIKE ?)', ["al%"]],
    ['email startswith "Admin@"', 'lower(u.email) COLLATE "C" LIKE ?', ["admin@%"]],
    ['name startswith "Al"', "lower(u.name) LIKE lower(?)", ["Al%"]],
    ['path startswith "users/Eng"', "u.path LIKE ?", ["users/Eng%"]],
    ['path not startswith "users/eng"', "NOT (u.path LIKE ?)", ["users/eng%"]],
    ['email endswith "@example.com"', "lower(u.email) LIKE lower(?)", ["%@example.com"]],
    ['email not endswith "@example.com"', "NOT (lower(u.email) LIKE lower(?))", ["%@example.com"]],
    ['path ~ "eng"', "u.path ILIKE ?", ["%eng%"]],
    ['username in ("a", "b")', "u.username = ANY(?::text[])", ['{"a","b"}']],
    ['username not in ("a")', "NOT (u.username = ANY(?::text[]))", ['{"a"}']],
    ["name = None", "u.name = ''", []],
    ["email != None", "u.email <> ''", []],
  ])("compiles %s", (text, sql, params) => {
    expect(compiled(text)).toEqual([sql, params]);
  });

  it("escapes LIKE wildcards and backslashes so they match literally", () => {
    expect(compiled('name ~ "50%_off\\\\"')).toEqual(["lower(u.name) LIKE lower(?)", ["%50\\%\\_off\\\\%"]]);
    expect(compiled('username startswith "A_B%"')).toEqual(['lower(u.username) COLLATE "C" LIKE ?', ["a\\_b\\%%"]]);
  });

  it("passes user text only as parameters, even text that looks like SQL or placeholders", () => {
    expect(compiled(`name = "x' OR 1=1 -- ? ??"`)).toEqual(["u.name = ?", ["x' OR 1=1 -- ? ??"]]);
  });
});

describe("compileUserQuery on type, booleans and dates", () => {
  it.each([
    ['type = "external"', "u.type = ?", ["external"]],
    ['type != "external"', "u.type <> ?", ["external"]],
    ['type in ("service_account", "internal_service_account")', "u.type = ANY(?::text[])", ['{"service_account","internal_service_account"}']],
    ['type not in ("internal")', "NOT (u.type = ANY(?::text[]))", ['{"internal"}']],
    ["is_active = True", "u.is_active = ?", [true]],
    ["is_active = False", "u.is_active = ?", [false]],
    ["is_active != True", "u.is_active <> ?", [true]],
  ])("compiles %s", (text, sql, params) => {
    expect(compiled(text)).toEqual([sql, params]);
  });

  it.each([
    ['date_joined = "2025-01-31"', "(u.date_joined >= ?::timestamptz AND u.date_joined < ?::timestamptz)", ["2025-01-31T00:00:00Z", "2025-02-01T00:00:00Z"]],
    ['date_joined != "2025-01-31"', "(u.date_joined < ?::timestamptz OR u.date_joined >= ?::timestamptz)", ["2025-01-31T00:00:00Z", "2025-02-01T00:00:00Z"]],
    ['last_login != "2025-01-31"', "(u.last_login IS NULL OR u.last_login < ?::timestamptz OR u.last_login >= ?::timestamptz)", ["2025-01-31T00:00:00Z", "2025-02-01T00:00:00Z"]],
    ['date_joined > "2025-01-31"', "u.date_joined >= ?::timestamptz", ["2025-02-01T00:00:00Z"]],
    ['date_joined >= "2025-01-31"', "u.date_joined >= ?::timestamptz", ["2025-01-31T00:00:00Z"]],
    ['date_joined < "2025-01-31"', "u.date_joined < ?::timestamptz", ["2025-01-31T00:00:00Z"]],
    ['date_joined <= "2025-01-31"', "u.date_joined < ?::timestamptz", ["2025-02-01T00:00:00Z"]],
    ['last_updated <= "2024-02-28"', "u.last_updated < ?::timestamptz", ["2024-02-29T00:00:00Z"]],
    ['last_updated <= "2025-12-31"', "u.last_updated < ?::timestamptz", ["2026-01-01T00:00:00Z"]],
    ['last_updated <= "9999-12-31"', "u.last_updated < ?::timestamptz", ["infinity"]],
    ['last_updated >= "0099-03-01"', "u.last_updated >= ?::timestamptz", ["0099-03-01T00:00:00Z"]],
    ['last_login > "2025-01-31T12:30:00Z"', "u.last_login > ?::timestamptz", ["2025-01-31T12:30:00Z"]],
    ['last_login = "2025-01-31T12:30:00.123456+02:00"', "u.last_login = ?::timestamptz", ["2025-01-31T12:30:00.123456+02:00"]],
    ['last_login < "2025-01-31T12:30"', "u.last_login < ?::timestamptz", ["2025-01-31T12:30Z"]],
    ['last_login != "2025-01-31T12:30:00Z"', "(u.last_login IS NULL OR u.last_login <> ?::timestamptz)", ["2025-01-31T12:30:00Z"]],
    ['date_joined != "2025-01-31T12:30:00Z"', "(u.date_joined <> ?::timestamptz)", ["2025-01-31T12:30:00Z"]],
    ["last_login = None", "u.last_login IS NULL", []],
    ["last_login != None", "u.last_login IS NOT NULL", []],
  ])("compiles %s", (text, sql, params) => {
    expect(compiled(text)).toEqual([sql, params]);
  });
});

describe("compileUserQuery on and/or", () => {
  it("parenthesises connectives following the tree", () => {
    expect(compiled('username = "a" or name ~ "b" and is_active = True')).toEqual([
      "(u.username = ? OR (lower(u.name) LIKE lower(?) AND u.is_active = ?))",
      ["a", "%b%", true],
    ]);
    expect(compiled('(username = "a" or username = "b") and is_active = False')).toEqual([
      "((u.username = ? OR u.username = ?) AND u.is_active = ?)",
      ["a", "b", false],
    ]);
  });

  it("marks a query as a query", () => {
    expect(compileUserQuery('username = "a"').kind).toBe("query");
  });
});

describe("lists", () => {
  it("travel as one text[] literal, with quotes and backslashes escaped", () => {
    expect(compiled('username in ("a,b", "say \\"hi\\"", "back\\\\slash", "NULL", "{x}")')).toEqual([
      "u.username = ANY(?::text[])",
      ['{"a,b","say \\"hi\\"","back\\\\slash","NULL","{x}"}'],
    ]);
  });
});
