import { describe, expect, it } from "vitest";
import { checkUserQuery, parseQuery, QUERY_LIMITS } from "../../src/query/index.js";
import { queryErrorOf } from "./helpers.js";

function comparisons(count: number): string {
  return Array.from({ length: count }, (_, index) => `name = "${index}"`).join(" or ");
}

function nested(depth: number): string {
  return `${"(".repeat(depth)}name = "a"${")".repeat(depth)}`;
}

function list(count: number): string {
  return `username in (${Array.from({ length: count }, (_, index) => `"u${index}"`).join(", ")})`;
}

describe("query limits", () => {
  it("states the limits of SPEC §4", () => {
    expect(QUERY_LIMITS).toEqual({ depth: 10, comparisons: 50, listValues: 1000, stringLength: 1000 });
  });

  it("accepts 10 levels of parentheses and refuses 11", () => {
    expect(() => parseQuery(nested(10))).not.toThrow();
    expect(queryErrorOf(() => parseQuery(nested(11)))).toEqual({
      message: "Query is nested more than 10 parentheses deep at 1:11",
      start: 10,
      end: 11,
    });
  });

  it("refuses deep nesting without exhausting the stack", () => {
    expect(queryErrorOf(() => parseQuery(nested(100_000))).message).toBe(
      "Query is nested more than 10 parentheses deep at 1:11",
    );
  });

  it("accepts 50 comparisons and refuses 51", () => {
    expect(() => parseQuery(comparisons(50))).not.toThrow();
    const text = comparisons(51);
    const start = text.lastIndexOf("name");
    expect(queryErrorOf(() => parseQuery(text))).toEqual({
      message: `Query has more than 50 comparisons at 1:${start + 1}`,
      start,
      end: start + 4,
    });
  });

  it("accepts a list of 1,000 values and refuses 1,001", () => {
    expect(() => parseQuery(list(1000))).not.toThrow();
    const text = list(1001);
    const start = text.lastIndexOf('"u1000"');
    expect(queryErrorOf(() => parseQuery(text))).toEqual({
      message: `List has more than 1,000 values at 1:${start + 1}`,
      start,
      end: start + 7,
    });
  });

  it("accepts a string of 1,000 characters and refuses 1,001", () => {
    expect(() => parseQuery(`name = "${"x".repeat(1000)}"`)).not.toThrow();
    expect(queryErrorOf(() => parseQuery(`name = "${"x".repeat(1001)}"`))).toEqual({
      message: "String is longer than 1,000 characters at 1:8",
      start: 7,
      end: 1010,
    });
  });

  it("counts decoded characters, not escapes", () => {
    expect(() => parseQuery(`name = "${"\\n".repeat(1000)}"`)).not.toThrow();
  });

  it("bounds plain searches too", () => {
    const words = Array.from({ length: 51 }, (_, index) => `w${index}`).join(" ");
    expect(queryErrorOf(() => checkUserQuery(words))).toEqual({
      message: `Search has more than 50 words at 1:${words.indexOf("w50") + 1}`,
      start: words.indexOf("w50"),
      end: words.indexOf("w50") + 3,
    });
    expect(queryErrorOf(() => checkUserQuery(`a ${"y".repeat(1001)}`))).toEqual({
      message: "String is longer than 1,000 characters at 1:3",
      start: 2,
      end: 1003,
    });
  });
});
