import { describe, expect, it } from "vitest";
import { applySuggestion, splitAtRange, type QuerySuggestion } from "../src/lib/query-suggestion";

const suggestion = (insert: string, start: number, end: number): QuerySuggestion => ({ label: insert, insert, kind: "field", replace: { start, end } });

describe("applySuggestion", () => {
  it("replaces the typed prefix and puts the cursor after a space", () => {
    expect(applySuggestion("usern", suggestion("username", 0, 5))).toEqual({ text: "username ", cursor: 9 });
  });

  it("inserts at the cursor inside a longer query without doubling the space", () => {
    expect(applySuggestion('username  "bob"', suggestion("=", 9, 9))).toEqual({ text: 'username = "bob"', cursor: 10 });
  });

  it("keeps a range inside the text", () => {
    expect(applySuggestion("ab", suggestion("x", 5, 9))).toEqual({ text: "abx ", cursor: 4 });
  });
});

describe("splitAtRange", () => {
  it("cuts the text around the error's range", () => {
    expect(splitAtRange('usrname = "a"', 0, 7)).toEqual({ before: "", marked: "usrname", after: ' = "a"' });
  });

  it("marks one character for an empty range and nothing past the end", () => {
    expect(splitAtRange("a = ", 2, 2)).toEqual({ before: "a ", marked: "=", after: " " });
    expect(splitAtRange("a =", 3, 3)).toEqual({ before: "a =", marked: "", after: "" });
  });
});
