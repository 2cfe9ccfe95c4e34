import { describe, expect, it } from "vitest";
import { formatCount, formatNumber, shownOf } from "../src/lib/format-count";

describe("counts", () => {
  it("shortens large numbers", () => {
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatNumber(12_345)).toBe("12.3k");
    expect(formatNumber(1_200_000)).toBe("1.2M");
    expect(formatNumber(250_000_000)).toBe("250M");
  });

  it("marks estimates with ~", () => {
    expect(formatCount({ value: 1_200_000, exact: false })).toBe("~1.2M");
    expect(formatCount({ value: 42, exact: true })).toBe("42");
  });

  it("reads 'shown of total'", () => {
    expect(shownOf(20, { value: 1_200_000, exact: false })).toBe("20 of ~1.2M");
    expect(shownOf(20, null)).toBe("20");
  });
});
