import { describe, expect, it } from "vitest";
import { bulkUserConfirmation, bulkUserToast, nameList, removalConfirmation, sessionsConfirmation } from "../src/lib/user-texts";

describe("nameList", () => {
  it("joins names and shortens long lists", () => {
    expect(nameList(["alice"])).toBe("alice");
    expect(nameList(["alice", "bob"])).toBe("alice and bob");
    expect(nameList(["a", "b", "c"])).toBe("a, b and c");
    expect(nameList(["a", "b", "c", "d"], 2)).toBe("a, b and 2 more");
  });
});

describe("bulkUserConfirmation", () => {
  it("names the users a delete removes and says it cannot be undone", () => {
    const confirmation = bulkUserConfirmation("delete", ["alice", "bob"]);
    expect(confirmation.title).toBe("Delete users");
    expect(confirmation.consequence).toMatch(/^Delete 2 users: alice and bob\? This cannot be undone/);
    expect(confirmation.confirmLabel).toBe("Delete");
  });

  it("says that deactivation ends sessions", () => {
    expect(bulkUserConfirmation("deactivate", ["carol"]).consequence).toBe("Deactivate carol? Their sessions end and they can no longer sign in until they are activated again.");
    expect(bulkUserConfirmation("activate", ["carol"]).title).toBe("Activate user");
  });
});

describe("bulkUserToast", () => {
  it("names a single user and counts several", () => {
    expect(bulkUserToast("delete", ["alice"], 1)).toBe("User alice deleted");
    expect(bulkUserToast("deactivate", ["alice", "bob"], 2)).toBe("2 users deactivated");
  });
});

describe("removal and session confirmations", () => {
  it("names the groups, roles and sessions", () => {
    expect(removalConfirmation("alice", "group", ["eng", "ops"]).consequence).toBe("Remove alice from 2 groups: eng and ops? alice loses the roles that come through them.");
    expect(removalConfirmation("alice", "role", ["auditor"]).consequence).toBe("Unassign 1 role: auditor from alice? Roles inherited through groups stay.");
    expect(sessionsConfirmation("alice", 1, true).consequence).toContain("you will be signed out");
    expect(sessionsConfirmation("alice", 2, false).consequence).toBe("Delete 2 sessions of alice? alice must sign in again on those devices.");
  });
});
