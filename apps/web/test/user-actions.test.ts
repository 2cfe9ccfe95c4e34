import { describe, expect, it } from "vitest";
import { userPageActions } from "../src/lib/user-actions";

const holdsAll = () => true;
const superuser = { isSuperuser: true, can: holdsAll };
const admin = { isSuperuser: false, can: holdsAll };
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

  it("offers only the actions whose permission the admin holds", () => {
    const helpdesk = { isSuperuser: false, can: (codename: string) => codename === "reset_user_password" };
    expect([...userPageActions(helpdesk, person)]).toEqual(["resetPassword", "recoveryLink", "recoveryEmail"]);
    expect([...userPageActions({ isSuperuser: false, can: () => false }, person)]).toEqual([]);
  });

  it("offers a non-super-user nothing on a super-user, and a super-user everything", () => {
    expect([...userPageActions(admin, { ...person, isSuperuser: true })]).toEqual([]);
    expect([...userPageActions(superuser, { ...person, isSuperuser: true })]).toEqual(every);
  });
});
