import { describe, expect, it } from "vitest";
import { isMissing, missingMark } from "../src/lib/missing-value";

describe("a missing value", () => {
  it("is the em dash everywhere, not an en dash or a hyphen", () => {
    expect(missingMark).toBe("\u2014");
  });

  it("is nothing, blank text, an empty list or an object without keys", () => {
    for (const value of [null, undefined, "", "   ", [], {}]) expect(isMissing(value)).toBe(true);
  });

  it("is not a value that says something, even a falsy one", () => {
    for (const value of ["bob", 0, false, ["a"], { team: "eng" }, new Date(0)]) expect(isMissing(value)).toBe(false);
  });
});
