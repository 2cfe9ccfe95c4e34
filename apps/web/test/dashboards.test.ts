import type { TActivityBucket } from "@roster/core";
import { describe, expect, it } from "vitest";
import { bucketLabel, busiestKeys, chartColumns, seriesTotal } from "../src/lib/chart-series";
import { dashboardLinks, eventsOf, percent, usersOfType } from "../src/lib/dashboard-links";
import { readRange } from "../src/lib/stats-range";

const buckets: TActivityBucket[] = [
  { start: "2026-12-05T13:00:00.000Z", counts: { login: 2, logout: 1 } },
  { start: "2026-12-05T14:00:00.000Z", counts: { login: 3, login_failed: 4 } },
];

describe("dashboard charts", () => {
  it("turns buckets into uPlot columns, zero where a series has no count", () => {
    expect(chartColumns(buckets, [{ key: "login", label: "Sign-ins" }, { key: "login_failed", label: "Failed" }])).toEqual([
      [Date.parse("2026-12-05T13:00:00Z") / 1000, Date.parse("2026-12-05T14:00:00Z") / 1000],
      [2, 3],
      [0, 4],
    ]);
    expect(seriesTotal(buckets, "login")).toBe(5);
  });

  it("picks a user's busiest kinds, largest first", () => {
    expect(busiestKeys(buckets, 2)).toEqual(["login", "login_failed"]);
  });

  it("labels buckets in UTC", () => {
    expect(bucketLabel("2026-12-05T14:00:00.000Z", "hour")).toBe("14:00");
    expect(bucketLabel("2026-12-05T00:00:00.000Z", "day")).toBe("Dec 5");
  });
});

describe("dashboard links", () => {
  it("open the filtered list behind each card", () => {
    expect(eventsOf("login_failed")).toBe("/events/logs?action=login_failed");
    expect(dashboardLinks.inactiveUsers).toBe("/directory/users?q=is_active+%3D+False");
    expect(usersOfType("service_account", true)).toBe("/directory/users?q=type+%3D+%22service_account%22+and+is_active+%3D+True");
    expect(percent(0.426)).toBe("43 %");
    expect(percent(null)).toBeNull();
    expect(readRange("30d")).toBe("30d");
    expect(readRange("nonsense")).toBe("24h");
  });
});
