import { describe, expect, it } from "vitest";
import { internalPath, loginPath, safeNext } from "../src/lib/safe-next";

describe("safeNext", () => {
  it("follows paths on this site", () => {
    expect(safeNext("/directory/users?query=a")).toBe("/directory/users?query=a");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined, "/login?next=/"])("refuses %s", (next) => {
    expect(safeNext(next)).toBe("/");
  });
});

describe("internalPath", () => {
  it("keeps a same-origin redirect as a path", () => {
    expect(internalPath("http://localhost:9000/me/applications?x=1", "http://localhost:9000")).toBe("/me/applications?x=1");
    expect(internalPath("/directory/users", "http://localhost:9000")).toBe("/directory/users");
  });

  it("returns null for another site", () => {
    expect(internalPath("https://app.example/callback", "http://localhost:9000")).toBeNull();
  });
});

describe("loginPath", () => {
  it("remembers where the person was going", () => {
    expect(loginPath("/directory/users?query=a")).toBe("/login?next=%2Fdirectory%2Fusers%3Fquery%3Da");
    expect(loginPath("/")).toBe("/login");
  });
});
