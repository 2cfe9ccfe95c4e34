import { describe, expect, it } from "vitest";
import { userActionLabel, userActionUnavailable } from "../src/lib/user-action-labels";

const bob = { isActive: true, type: "internal" as const };

describe("user action labels", () => {
  it("names Activate or Deactivate after the user's state", () => {
    expect(userActionLabel("setActive", bob)).toBe("Deactivate");
    expect(userActionLabel("setActive", { ...bob, isActive: false })).toBe("Activate");
    expect(userActionLabel("recoveryLink", bob)).toBe("Create recovery link");
  });

  it("says why an action shown cannot be taken", () => {
    expect(userActionUnavailable("impersonate", bob)).toBeNull();
    expect(userActionUnavailable("impersonate", { ...bob, isActive: false })).toBe("Inactive users cannot be impersonated.");
    expect(userActionUnavailable("delete", { ...bob, type: "internal_service_account" })).toBe("Roster's internal service account cannot be changed.");
    expect(userActionUnavailable("resetPassword", { ...bob, isActive: false })).toBeNull();
  });
});
