import { describe, expect, it } from "vitest";
import { actionLabel, formatContext } from "../src/lib/event-actions";
import { readUserTab, userTabParam } from "../src/lib/user-detail-tabs";
import { displayName, userTypeLabel } from "../src/lib/user-labels";

describe("user tabs in the URL", () => {
  it("reads a known tab and falls back to the overview", () => {
    expect(readUserTab("groups")).toBe("groups");
    expect(readUserTab(["events"])).toBe("events");
    expect(readUserTab("nope")).toBe("overview");
    expect(readUserTab(undefined)).toBe("overview");
  });

  it("keeps the overview out of the URL", () => {
    expect(userTabParam("overview")).toBeUndefined();
    expect(userTabParam("roles")).toBe("roles");
  });
});

describe("labels", () => {
  it("names user types and events for people", () => {
    expect(userTypeLabel("service_account")).toBe("Service account");
    expect(displayName({ username: "bob", name: "  " })).toBe("bob");
    expect(actionLabel("impersonation_started")).toBe("Impersonation started");
    expect(formatContext({ reason: "ticket 42" })).toBe('{\n  "reason": "ticket 42"\n}');
  });
});
