import { describe, expect, it } from "vitest";
import { breadcrumbsFor } from "../src/lib/breadcrumbs";
import { findNavItem, navigationFor, pageInfo } from "../src/lib/navigation";

describe("breadcrumbsFor", () => {
  it("names the group and the current page", () => {
    expect(breadcrumbsFor("/directory/users")).toEqual([{ label: "Directory" }, { label: "Users" }]);
  });

  it("links back to the list from a detail page", () => {
    expect(breadcrumbsFor("/directory/users/42", ["alice"])).toEqual([{ label: "Directory" }, { label: "Users", href: "/directory/users" }, { label: "alice" }]);
  });

  it("shows a single-page group once", () => {
    expect(breadcrumbsFor("/flows")).toEqual([{ label: "Flows & Stages" }]);
  });

  it("is empty for an unknown path", () => {
    expect(breadcrumbsFor("/nowhere")).toEqual([]);
  });
});

describe("navigation", () => {
  it("does not match a page by a shared prefix of its name", () => {
    expect(findNavItem("/directory/usersx")).toBeNull();
  });

  it("shows only the account pages without access to the admin console", () => {
    expect(navigationFor({ permissions: ["view_user"], objectPermissions: [] }).map((group) => group.label)).toEqual(["Account"]);
  });

  it("shows every group to a super-user", () => {
    expect(navigationFor({ permissions: ["*"], objectPermissions: [] }).filter((group) => group.inSideNav).map((group) => group.label)).toEqual(["Dashboards", "Directory", "Applications", "Flows & Stages", "Events", "System", "Account"]);
  });

  it("gives a page its title and description", () => {
    expect(pageInfo("/events/exports").title).toBe("Data Exports");
  });
});
