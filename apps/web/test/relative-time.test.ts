import { describe, expect, it } from "vitest";
import { formatRelative, toDate } from "../src/lib/relative-time";

const now = new Date("2025-06-01T12:00:00Z");
const ago = (milliseconds: number) => new Date(now.getTime() - milliseconds);

describe("formatRelative", () => {
  it.each([
    [10_000, "just now"],
    [90_000, "2 min ago"],
    [59 * 60_000, "59 min ago"],
    [2 * 3_600_000, "2 h ago"],
    [3 * 86_400_000, "3 d ago"],
    [60 * 86_400_000, "2 mo ago"],
    [800 * 86_400_000, "2 y ago"],
  ])("%i ms ago reads %s", (milliseconds, text) => {
    expect(formatRelative(ago(milliseconds), now)).toBe(text);
  });

  it("picks the unit after rounding: a day less a few minutes is a day, as a day and a few minutes is", () => {
    expect(formatRelative(ago(-(86_400_000 - 20 * 60_000)), now)).toBe("in 1 d");
    expect(formatRelative(ago(-(86_400_000 + 10 * 60_000)), now)).toBe("in 1 d");
    expect(formatRelative(ago(59.7 * 60_000), now)).toBe("1 h ago");
  });

  it("describes the future with 'in'", () => {
    expect(formatRelative(ago(-2 * 3_600_000), now)).toBe("in 2 h");
  });
});

describe("toDate", () => {
  it("parses ISO strings and rejects empty or invalid values", () => {
    expect(toDate("2025-06-01T12:00:00Z")?.toISOString()).toBe("2025-06-01T12:00:00.000Z");
    expect(toDate(null)).toBeNull();
    expect(toDate("")).toBeNull();
    expect(toDate("not a date")).toBeNull();
  });
});
