import { describe, expect, it } from "vitest";
import { homePath, missingRequirement, navigationFor } from "../src/lib/navigation";
import { canAccessAdmin, hasPermission, mayUse } from "../src/lib/permissions";

const grants = (permissions: string[], objectPermissions: string[] = []) => ({ permissions, objectPermissions });

describe("permissions", () => {
  it("a super-user holds every permission", () => {
    expect(hasPermission(["*"], "delete_user")).toBe(true);
    expect(navigationFor(grants(["*"])).flatMap((group) => group.items.map((item) => item.href))).toContain("/system/outbox");
  });

  it("sends admins to the Overview and everyone else to their applications", () => {
    expect(homePath(grants(["access_admin_console"]))).toBe("/");
    expect(homePath(grants([]))).toBe("/me/applications");
    expect(canAccessAdmin(["view_user"])).toBe(false);
  });

  it("shows an admin only the pages their permissions open, and drops the groups left empty", () => {
    const menu = navigationFor(grants(["access_admin_console", "view_user"]));
    expect(menu.map((group) => [group.label, group.items.map((item) => item.label)])).toEqual([
      ["Dashboards", ["Overview", "User statistics"]],
      ["Directory", ["Users"]],
      ["Events", ["Data Exports"]],
      ["Account", ["My applications", "Settings"]],
    ]);
  });

  it("a permission held on one object is enough to open the list, not to act globally", () => {
    const onOneGroup = grants(["access_admin_console"], ["view_group"]);
    expect(mayUse(onOneGroup, "view_group")).toBe(true);
    expect(hasPermission(onOneGroup.permissions, "view_group")).toBe(false);
    expect(missingRequirement(onOneGroup, "/directory/groups/42")).toBeNull();
    expect(missingRequirement(onOneGroup, "/directory/roles")).toBe("view_role");
    expect(missingRequirement(grants(["view_user"]), "/directory/users")).toBe("access_admin_console");
    expect(missingRequirement(grants(["access_admin_console"]), "/system/outbox")).toBe("superuser");
    expect(missingRequirement(grants([]), "/me/settings")).toBeNull();
    expect(missingRequirement(grants([]), "/")).toBeNull();
  });
});
