import { describe, expect, it } from "vitest";
import { userPageActions } from "../src/lib/user-actions";

const superuser = { isSuperuser: true };
const admin = { isSuperuser: false };
const person = { type: "internal" as const, isSuperuser: false };
const every = ["edit", "setActive", "resetPassword", "recoveryLink", "recoveryEmail", "impersonate", "delete"];

describe("user page actions", () => {
  it("offers every action on a person", () => {
    expect([...userPageActions(superuser, person)]).toEqual(every);
    expect([...userPageActions(admin, { ...person, type: "external" })]).toEqual(every);
  });

  it("offers no password, recovery or impersonation on a service account", () => {
    for (const type of ["service_account", "internal_service_account"] as const) {
      expect([...userPageActions(superuser, { type, isSuperuser: false })]).toEqual(["edit", "setActive", "delete"]);
    }
  });

  it("offers a non-super-user nothing on a super-user, and a super-user everything", () => {
    expect([...userPageActions(admin, { ...person, isSuperuser: true })]).toEqual([]);
    expect([...userPageActions(superuser, { ...person, isSuperuser: true })]).toEqual(every);
  });
});
