import { describe, expect, it } from "vitest";
import { newOwnPasswordForm, ownPasswordProblems } from "../src/lib/own-password-form";

describe("change own password form", () => {
  it("says under the repeat field when the two new passwords differ", () => {
    expect(ownPasswordProblems({ currentPassword: "old-password-1", newPassword: "new-password-1", repeatPassword: "new-password-2" })).toEqual({ repeatPassword: ["The two passwords do not match."] });
  });

  it("leaves blank fields and the password rules to the server", () => {
    expect(ownPasswordProblems(newOwnPasswordForm())).toEqual({});
    expect(ownPasswordProblems({ currentPassword: "", newPassword: "short", repeatPassword: "short" })).toEqual({});
  });
});
