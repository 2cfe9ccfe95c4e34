import { permissionCatalogue } from "@roster/core";
import { describe, expect, it } from "vitest";
import { codenamesForObjectType, globalCodenames, grantInput, grantLabel, searchPermissions, splitGrants } from "../src/lib/permission-grants";

const catalogue = permissionCatalogue();

describe("permission catalogue", () => {
  it("offers only the codenames that fit a user", () => {
    const names = codenamesForObjectType(catalogue, "user").map((permission) => permission.codename);
    expect(names).toEqual(expect.arrayContaining(["view_user", "change_user", "delete_user", "impersonate", "reset_user_password"]));
    expect(names).not.toContain("view_group");
    expect(names).not.toContain("access_admin_console");
  });

  it("offers group membership rights on a group", () => {
    expect(codenamesForObjectType(catalogue, "group").map((permission) => permission.codename)).toEqual(expect.arrayContaining(["change_group", "add_user_to_group", "remove_user_from_group"]));
  });

  it("searches codenames and descriptions, every term must match", () => {
    expect(searchPermissions(catalogue, "imperson").map((permission) => permission.codename)).toEqual(["impersonate"]);
    expect(searchPermissions(catalogue, "view user").map((permission) => permission.codename)).toEqual(expect.arrayContaining(["view_user", "view_user_applications"]));
    expect(searchPermissions(catalogue, "  ")).toHaveLength(catalogue.length);
  });
});

describe("grants", () => {
  const global = { codename: "view_user", objectType: null, objectId: null, objectName: null };
  const onAlice = { codename: "impersonate", objectType: "user", objectId: "00000000-0000-4000-8000-000000000009", objectName: "alice" };

  it("splits global grants from grants on one object", () => {
    expect(splitGrants([global, onAlice])).toEqual({ global: [global], perObject: [onAlice] });
    expect(globalCodenames([global, onAlice])).toEqual(new Set(["view_user"]));
  });

  it("labels a grant with its object's name", () => {
    expect(grantLabel(global)).toBe("view_user");
    expect(grantLabel(onAlice)).toBe("impersonate on user alice");
    expect(grantLabel({ ...onAlice, objectName: null })).toBe(`impersonate on user ${onAlice.objectId}`);
  });

  it("unassigns exactly the grant shown", () => {
    expect(grantInput("r", global)).toEqual({ roleId: "r", permission: "view_user" });
    expect(grantInput("r", onAlice)).toEqual({ roleId: "r", permission: "impersonate", objectType: "user", objectId: onAlice.objectId });
  });
});
