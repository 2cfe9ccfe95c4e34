import { describe, expect, it } from "vitest";
import { canAccessAdmin, hasPermission, homePath } from "../src/lib/permissions";

describe("permissions", () => {
  it("a super-user holds every permission", () => {
    expect(hasPermission(["*"], "delete_user")).toBe(true);
  });

  it("sends admins to the Overview and everyone else to their applications", () => {
    expect(homePath(["access_admin_console"])).toBe("/");
    expect(homePath([])).toBe("/me/applications");
    expect(canAccessAdmin(["view_user"])).toBe(false);
  });
});
