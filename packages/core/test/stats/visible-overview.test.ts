import { describe, expect, it } from "vitest";
import { overviewFor } from "../../src/stats/visible-overview.js";

const counts = {
  users: { total: 10, active: 8, inactive: 2, serviceAccounts: 1 },
  sessionsActive: 4,
  groups: 3,
  applications: 2,
  mfaAdoption: 0.5,
  attention: { exportsFailed: 1, jobsFailed: 2, jobsRetrying: 3 },
};

describe("the Overview a caller sees", () => {
  it("leaves out every card whose permission the caller lacks", () => {
    expect(overviewFor(counts, (codename) => codename === "view_group")).toEqual({
      users: null,
      sessionsActive: null,
      groups: 3,
      applications: null,
      mfaAdoption: null,
      attention: { exportsFailed: null, jobsFailed: null, jobsRetrying: null },
    });
  });

  it("shows everything to a caller holding every permission", () => {
    expect(overviewFor(counts, () => true)).toEqual(counts);
  });
});
