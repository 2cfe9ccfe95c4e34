import { describe, expect, it } from "vitest";
import { parseQuery } from "../../src/query/index.js";
import { queryErrorOf, show } from "./helpers.js";

describe("parseQuery", () => {
  it.each([
    ['username = "alice"', '(username = "alice")'],
    ['username != "alice"', '(username != "alice")'],
    ['name ~ "Ali"', '(name ~ "Ali")'],
    ['name !~ "Ali"', '(name !~ "Ali")'],
    ['email startswith "ad"', '(email startswith "ad")'],
    ['email not startswith "ad"', '(email not startswith "ad")'],
    ['email endswith ".org"', '(email endswith ".org")'],
    ['email not endswith ".org"', '(email not endswith ".org")'],
    ['path in ("users", "users/eng")', '(path in ("users", "users/eng"))'],
    ['path not in ("users")', '(path not in ("users"))'],
    ["attributes.level > 3", "(attributes.level > 3)"],
    ["attributes.level >= -3.5", "(attributes.level >= -3.5)"],
    ["attributes.level < 1e3", "(attributes.level < 1e3)"],
    ["attributes.level <= 0", "(attributes.level <= 0)"],
  ])("parses every operator: %s", (text, expected) => {
    expect(show(parseQuery(text))).toBe(expected);
  });

  it.each([
    ["is_active = True", "(is_active = True)"],
    ["is_superuser != False", "(is_superuser != False)"],
    ["name = None", "(name = None)"],
    ["last_login = None", "(last_login = None)"],
    ['type = "service_account"', '(type = "service_account")'],
    ['date_joined >= "2025-01-31"', '(date_joined >= "2025-01-31")'],
    ['last_updated < "2025-01-31T12:30:00+02:00"', '(last_updated < "2025-01-31T12:30:00+02:00")'],
    ['groups = "eng"', '(groups = "eng")'],
    ['roles in ("admin", "viewer")', '(roles in ("admin", "viewer"))'],
    ["attributes.flag = True", "(attributes.flag = True)"],
    ['attributes.a.b.c = "x"', '(attributes.a.b.c = "x")'],
    ["attributes.a in (1, \"x\", None, False)", '(attributes.a in (1, "x", None, False))'],
  ])("parses values of each field: %s", (text, expected) => {
    expect(show(parseQuery(text))).toBe(expected);
  });

  it("accepts attribute.x as an alias of attributes.x and keeps the written text", () => {
    const parsed = parseQuery('attribute.team.lead = "bob"');
    expect(parsed.type === "comparison" && parsed.field).toMatchObject({
      text: "attribute.team.lead",
      name: "attributes.team.lead",
      keyPath: ["team", "lead"],
      start: 0,
      end: 19,
    });
  });

  it("binds and tighter than or", () => {
    expect(show(parseQuery('a.x = 1 or a.y = 2 and a.z = 3'.replaceAll("a.", "attributes.")))).toBe(
      "(or (attributes.x = 1) (and (attributes.y = 2) (attributes.z = 3)))",
    );
    expect(show(parseQuery('name = "a" and name = "b" or name = "c"'))).toBe(
      '(or (and (name = "a") (name = "b")) (name = "c"))',
    );
  });

  it("flattens chains of the same connective", () => {
    expect(show(parseQuery('name = "a" or name = "b" or name = "c"'))).toBe(
      '(or (name = "a") (name = "b") (name = "c"))',
    );
  });

  it("lets parentheses override precedence", () => {
    expect(show(parseQuery('(name = "a" or name = "b") and (email ~ "x" or (email ~ "y"))'))).toBe(
      '(and (or (name = "a") (name = "b")) (or (email ~ "x") (email ~ "y")))',
    );
  });

  it("keeps spans on every node", () => {
    expect(parseQuery('name = "a" or is_active = True')).toMatchObject({
      type: "or",
      start: 0,
      end: 30,
      operands: [
        { type: "comparison", start: 0, end: 10, operator: "=", value: { kind: "string", value: "a", start: 7, end: 10 } },
        { type: "comparison", start: 14, end: 30, value: { kind: "boolean", value: true, start: 26, end: 30 } },
      ],
    });
  });

  it("reads escapes and unicode in values", () => {
    expect(show(parseQuery('name = "Zoë \\"Z\\" \\u00e9 😀"'))).toBe('(name = "Zoë \\"Z\\" é 😀")');
  });

  it("reads a query spread over several lines", () => {
    expect(show(parseQuery('name = "a"\n  and\n  email ~ "b"'))).toBe('(and (name = "a") (email ~ "b"))');
  });
});

describe("parseQuery errors", () => {
  it.each([
    ['usrname = "x"', 'Unknown field "usrname" at 1:1 — did you mean "username"?', 0, 7],
    ['Username = "x"', 'Unknown field "Username" at 1:1 — did you mean "username"?', 0, 8],
    ['emial = "x"', 'Unknown field "emial" at 1:1 — did you mean "email"?', 0, 5],
    ['atributes.team = "x"', 'Unknown field "atributes.team" at 1:1 — did you mean "attributes.team"?', 0, 14],
    ['foo = "x"', 'Unknown field "foo" at 1:1', 0, 3],
    ['username.x = "x"', 'Unknown field "username.x" at 1:1 — did you mean "username"?', 0, 10],
    ['attributes = "x"', 'Field "attributes" needs a key at 1:1 — for example attributes.department', 0, 10],
    ['attributes. = "x"', 'Field "attributes." has an empty key part at 1:1', 0, 11],
    ['name = "a" and email', 'Expected an operator after "email" at 1:21', 20, 20],
    ['name = "a" and email ', 'Expected an operator after "email" at 1:22', 21, 21],
    ['name = "a" and email "b"', 'Unexpected string "b" at 1:22 — expected an operator after "email"', 21, 24],
    ["username = ", "Expected a value at 1:12", 11, 11],
    ['username = or name = "a"', 'Unexpected "or" at 1:12 — expected a value', 11, 13],
    ["username = username", 'Unexpected "username" at 1:12 — expected a value', 11, 19],
    ["username not", 'Expected "in", "startswith" or "endswith" after "not" at 1:13', 12, 12],
    ['username not ~ "a"', 'Unexpected "~" at 1:14 — expected "in", "startswith" or "endswith" after "not"', 13, 14],
    ['username = "a" xyz', 'Unexpected "xyz" at 1:16 — expected "and" or "or"', 15, 18],
    ['username = "a")', 'Unexpected ")" at 1:15 — expected "and" or "or"', 14, 15],
    ['(username = "a"', 'Expected ")" at 1:16', 15, 15],
    ['(username = "a" email = "b")', 'Unexpected "email" at 1:17 — expected "and", "or" or ")"', 16, 21],
    ['username = "a" and', "Expected a field at 1:19", 18, 18],
    ['username = "a" and and', 'Unexpected "and" at 1:20 — expected a field', 19, 22],
    ['= "a"', 'Unexpected "=" at 1:1 — expected a field', 0, 1],
    ['"username" = "a"', 'Unexpected string "username" at 1:1 — expected a field', 0, 10],
    ["username in ()", 'Unexpected ")" at 1:14 — expected a value', 13, 14],
    ['username in ("a" "b")', 'Unexpected string "b" at 1:18 — expected "," or ")"', 17, 20],
    ['username in ("a",', "Expected a value at 1:18", 17, 17],
    ['username in ("a"', 'Expected "," or ")" at 1:17', 16, 16],
    ['username in (("a"))', 'Unexpected "(" at 1:14 — expected a value', 13, 14],
    ["attributes.n > 1e999", "Number 1e999 is out of range at 1:16", 15, 20],
  ])("reports %j", (text, message, start, end) => {
    expect(queryErrorOf(() => parseQuery(text))).toEqual({ message, start, end });
  });

  it.each([
    ["is_active ~ True", 'Operator "~" is not valid for field "is_active" at 1:11 — use = or !=', 10, 11],
    ['type ~ "int"', 'Operator "~" is not valid for field "type" at 1:6 — use =, !=, in or not in', 5, 6],
    ['groups startswith "e"', 'Operator "startswith" is not valid for field "groups" at 1:8 — use =, !=, ~, in or not in', 7, 17],
    ['groups not startswith "e"', 'Operator "not startswith" is not valid for field "groups" at 1:8 — use =, !=, ~, in or not in', 7, 21],
    ['username > "a"', 'Operator ">" is not valid for field "username" at 1:10 — use =, !=, ~, !~, startswith, not startswith, endswith, not endswith, in or not in', 9, 10],
    ['last_login ~ "2025"', 'Operator "~" is not valid for field "last_login" at 1:12 — use =, !=, >, >=, < or <=', 11, 12],
    ['is_active = "true"', 'Field "is_active" takes True or False at 1:13', 12, 18],
    ["is_superuser = None", 'Field "is_superuser" takes True or False at 1:16', 15, 19],
    ["username = 1", 'Field "username" takes a string in double quotes or None at 1:12', 11, 12],
    ["username ~ None", 'Field "username" takes a string in double quotes at 1:12', 11, 15],
    ['username in ("a", 2)', 'Field "username" takes a string in double quotes at 1:19', 18, 19],
    ['type = "robot"', 'Field "type" takes one of "internal", "external", "service_account" or "internal_service_account" at 1:8', 7, 14],
    ['type in ("internal", "Internal")', 'Field "type" takes one of "internal", "external", "service_account" or "internal_service_account" at 1:22', 21, 31],
    ["last_login > None", 'Field "last_login" takes a date like "2025-01-31" or an ISO timestamp at 1:14', 13, 17],
    ["last_login = 5", 'Field "last_login" takes a date like "2025-01-31" or an ISO timestamp, or None at 1:14', 13, 14],
    ['last_login = "2025-02-30"', 'Invalid date "2025-02-30" at 1:14 — use YYYY-MM-DD or an ISO timestamp like 2025-01-31T12:00:00Z', 13, 25],
    ['last_login = "yesterday"', 'Invalid date "yesterday" at 1:14 — use YYYY-MM-DD or an ISO timestamp like 2025-01-31T12:00:00Z', 13, 24],
    ['last_login = "2025-01-31T24:00:00Z"', 'Invalid date "2025-01-31T24:00:00Z" at 1:14 — use YYYY-MM-DD or an ISO timestamp like 2025-01-31T12:00:00Z', 13, 35],
    ["groups = None", 'Field "groups" takes a name in double quotes at 1:10', 9, 13],
    ['attributes.level > "3"', 'Field "attributes.level" takes a number with ">" at 1:20', 19, 22],
    ["attributes.level ~ 3", 'Field "attributes.level" takes a string in double quotes with "~" at 1:20', 19, 20],
    ['username in "a"', 'Operator "in" takes a list like ("a", "b") at 1:13', 12, 15],
    ['username = ("a")', 'Operator "=" takes a single value, not a list at 1:12', 11, 16],
  ])("refuses operators and values a field does not take: %j", (text, message, start, end) => {
    expect(queryErrorOf(() => parseQuery(text))).toEqual({ message, start, end });
  });

  it("reports the leftmost problem first", () => {
    expect(queryErrorOf(() => parseQuery('usrname ~ True and = ')).message).toBe(
      'Unknown field "usrname" at 1:1 — did you mean "username"?',
    );
  });

  it("counts lines and columns from 1", () => {
    expect(queryErrorOf(() => parseQuery('name = "a" and\n  emial = "b"'))).toEqual({
      message: 'Unknown field "emial" at 2:3 — did you mean "email"?',
      start: 17,
      end: 22,
    });
  });
});
