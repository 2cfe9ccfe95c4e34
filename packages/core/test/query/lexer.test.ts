import { describe, expect, it } from "vitest";
import { lex } from "../../src/query/index.js";
import { lexTolerant } from "../../src/query/lexer.js";
import { queryErrorOf } from "./helpers.js";

function kinds(text: string): string[] {
  return lex(text).map((token) => `${token.kind}:${token.value}@${token.start}-${token.end}`);
}

describe("lex", () => {
  it("splits a comparison into name, operator and string with offsets", () => {
    expect(kinds('username = "alice"')).toEqual(["name:username@0-8", "operator:=@9-10", "string:alice@11-18"]);
  });

  it.each([
    ["=", "operator:=@0-1"],
    ["!=", "operator:!=@0-2"],
    ["~", "operator:~@0-1"],
    ["!~", "operator:!~@0-2"],
    [">", "operator:>@0-1"],
    [">=", "operator:>=@0-2"],
    ["<", "operator:<@0-1"],
    ["<=", "operator:<=@0-2"],
    ["(", "(:(@0-1"],
    [")", "):)@0-1"],
    [",", ",:,@0-1"],
  ])("reads the symbol %s", (text, expected) => {
    expect(kinds(text)).toEqual([expected]);
  });

  it("reads operators written without spaces", () => {
    expect(kinds("a>=1")).toEqual(["name:a@0-1", "operator:>=@1-3", "number:1@3-4"]);
    expect(kinds("a!=-2.5")).toEqual(["name:a@0-1", "operator:!=@1-3", "number:-2.5@3-7"]);
  });

  it("reads lowercase keywords, and treats other casings as names", () => {
    expect(kinds("and or in not startswith endswith True False None")).toEqual([
      "keyword:and@0-3",
      "keyword:or@4-6",
      "keyword:in@7-9",
      "keyword:not@10-13",
      "keyword:startswith@14-24",
      "keyword:endswith@25-33",
      "keyword:True@34-38",
      "keyword:False@39-44",
      "keyword:None@45-49",
    ]);
    expect(kinds("AND true none")).toEqual(["name:AND@0-3", "name:true@4-8", "name:none@9-13"]);
  });

  it("reads dotted names, underscores, digits, hyphens and unicode letters as one name", () => {
    expect(kinds("attributes.team_2.employee-id")).toEqual(["name:attributes.team_2.employee-id@0-29"]);
    expect(kinds("attributes.Größe _x")).toEqual(["name:attributes.Größe@0-16", "name:_x@17-19"]);
  });

  it.each([
    ["0", "number:0@0-1"],
    ["42", "number:42@0-2"],
    ["-7", "number:-7@0-2"],
    ["3.25", "number:3.25@0-4"],
    ["1e3", "number:1e3@0-3"],
    ["-1.5E-2", "number:-1.5E-2@0-7"],
  ])("reads the number %s", (text, expected) => {
    expect(kinds(text)).toEqual([expected]);
  });

  it.each([
    ['"a\\"b"', 'a"b'],
    ['"a\\\\b"', "a\\b"],
    ['"a\\/b"', "a/b"],
    ['"\\b\\f\\n\\r\\t"', "\b\f\n\r\t"],
    ['"\\u00e9t\\u00C9"', "étÉ"],
    ['"\\ud83d\\ude00"', "😀"],
    ['"héllo 😀 世界"', "héllo 😀 世界"],
    ['""', ""],
    ['"a = b and c"', "a = b and c"],
  ])("decodes the string %s", (text, expected) => {
    const [token] = lex(text);
    expect(token?.value).toBe(expected);
    expect(token?.text).toBe(text);
  });

  it("keeps offsets across lines", () => {
    expect(kinds('name = "x"\nor\n  email = "y"').slice(-3)).toEqual([
      "name:email@16-21",
      "operator:=@22-23",
      "string:y@24-27",
    ]);
  });

  it.each([
    ['username = "abc', { message: 'Unterminated string at 1:12 — add the closing "', start: 11, end: 15 }],
    ['name = "a\\"', { message: 'Unterminated string at 1:8 — add the closing "', start: 7, end: 11 }],
    ['name = "a\\q"', { message: 'Invalid escape "\\q" at 1:10 — use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX', start: 9, end: 11 }],
    ['name = "\\u12x4"', { message: 'Invalid escape "\\u12" at 1:9 — use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX', start: 8, end: 12 }],
    ['name = "\\u0000"', { message: "The NUL character is not allowed at 1:9", start: 8, end: 14 }],
    ["name = @", { message: 'Unexpected "@" at 1:8', start: 7, end: 8 }],
    ["name ! 1", { message: 'Unexpected "!" at 1:6', start: 5, end: 6 }],
    ["a = 1\n  b $", { message: 'Unexpected "$" at 2:5', start: 10, end: 11 }],
    ["a = 😀", { message: 'Unexpected "😀" at 1:5', start: 4, end: 6 }],
  ])("refuses %j", (text, expected) => {
    expect(queryErrorOf(() => lex(text))).toEqual(expected);
  });
});

describe("lexTolerant", () => {
  it("keeps going past problems and marks an unterminated string", () => {
    const tokens = lexTolerant('a @ "x\\q');
    expect(tokens.map((token) => [token.kind, token.text, token.closed])).toEqual([
      ["name", "a", true],
      ["invalid", "@", true],
      ["string", '"x\\q', false],
    ]);
  });
});
