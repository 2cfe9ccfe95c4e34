import { describe, expect, it } from "vitest";
import { formatDuration, jobActionToast } from "../src/lib/task-texts";

describe("System › Tasks texts", () => {
  it("says what a bulk action did and which running jobs it left alone", () => {
    expect(jobActionToast("retry", { changed: 3, running: 2, missing: 0 })).toBe("3 jobs queued to run now. 2 jobs are running and were left alone.");
    expect(jobActionToast("cancel", { changed: 1, running: 1, missing: 0 })).toBe("1 job cancelled. 1 job is running and was left alone.");
    expect(jobActionToast("delete", { changed: 0, running: 0, missing: 2 })).toBe("0 jobs deleted. 2 jobs had already finished.");
  });

  it("formats durations for people", () => {
    expect([formatDuration(850), formatDuration(12_340), formatDuration(240_000)]).toEqual(["850 ms", "12.3 s", "4 min"]);
  });
});
