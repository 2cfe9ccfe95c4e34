import { describe, expect, it } from "vitest";
import { passwordProblem, pathProblem, usernameProblem, ZUserCreate } from "../../src/index.js";

describe("user paths", () => {
  it("accepts a plain folder and nested folders", () => {
    expect(pathProblem("foo")).toBeNull();
    expect(pathProblem("users/eng/web")).toBeNull();
  });

  it.each([
    ["/foo", "No leading or trailing slashes allowed."],
    ["foo/", "No leading or trailing slashes allowed."],
    ["", "This field may not be blank."],
    ["fo//o", "No empty segments in user path allowed."],
    ["a/b\u0007", "Path segments may not contain control characters."],
  ])("refuses %j with %j", (path, message) => {
    expect(pathProblem(path)).toBe(message);
  });

  it("reports the rule under the path field of a create request", () => {
    const parsed = ZUserCreate.safeParse({ username: "alice", path: "/foo" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["path", "No leading or trailing slashes allowed."]]);
  });
});

describe("usernames and passwords", () => {
  it("refuses blank, over-long and whitespace-padded usernames", () => {
    expect(usernameProblem("")).toBe("This field may not be blank.");
    expect(usernameProblem("x".repeat(151))).toBe("Ensure this field has no more than 150 characters.");
    expect(usernameProblem(" alice")).toBe("Username may not start or end with whitespace.");
    expect(usernameProblem("alice")).toBeNull();
  });

  it("says the password rule", () => {
    expect(passwordProblem("")).toBe("This field may not be blank.");
    expect(passwordProblem("short")).toBe("The password must be at least 8 characters long.");
    expect(passwordProblem("long-enough")).toBeNull();
  });
});
