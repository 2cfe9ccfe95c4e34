import { describe, expect, it } from "vitest";
import { bucketStarts, fillBuckets, lastDays } from "../../src/stats/rules.js";

const now = new Date("2026-12-05T14:37:12.345Z");

describe("dashboard buckets", () => {
  it("24h is the 24 UTC hours ending with the current one", () => {
    const starts = bucketStarts("24h", now).map((start) => start.toISOString());
    expect(starts).toHaveLength(24);
    expect(starts[0]).toBe("2026-12-04T15:00:00.000Z");
    expect(starts.at(-1)).toBe("2026-12-05T14:00:00.000Z");
  });

  it("30d is the 30 UTC days ending with today", () => {
    const starts = bucketStarts("30d", now).map((start) => start.toISOString());
    expect(starts).toHaveLength(30);
    expect(starts[0]).toBe("2026-11-06T00:00:00.000Z");
    expect(starts.at(-1)).toBe("2026-12-05T00:00:00.000Z");
    expect(lastDays(30, now)[0]).toBe("2026-11-06");
    expect(lastDays(30, now).at(-1)).toBe("2026-12-05");
  });

  it("fills the empty buckets, names every asked action, and ignores rows outside the range", () => {
    const rows = [
      { start: new Date("2026-12-05T14:00:00Z"), action: "login", count: 3 },
      { start: new Date("2026-12-05T14:00:00Z"), action: "login_failed", count: 1 },
      { start: new Date("2026-12-01T14:00:00Z"), action: "login", count: 9 },
    ];
    const buckets = fillBuckets("24h", now, rows, ["login", "password_set"]);
    expect(buckets.at(-1)).toEqual({ start: "2026-12-05T14:00:00.000Z", counts: { login: 3, password_set: 0, login_failed: 1 } });
    expect(buckets[0]).toEqual({ start: "2026-12-04T15:00:00.000Z", counts: { login: 0, password_set: 0 } });
    expect(fillBuckets("24h", now, [])[5]?.counts).toEqual({});
  });
});
