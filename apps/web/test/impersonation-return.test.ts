import { describe, expect, it } from "vitest";
import { rememberReturnPath, takeReturnPath } from "../src/lib/impersonation-return";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe("returning after an impersonation", () => {
  it("returns to the page the admin came from, once", () => {
    const storage = memoryStorage();
    rememberReturnPath("/directory/users/42?tab=groups", storage);
    expect(takeReturnPath("/directory/users", storage)).toBe("/directory/users/42?tab=groups");
    expect(takeReturnPath("/directory/users", storage)).toBe("/directory/users");
  });

  it("never leaves the site", () => {
    const storage = memoryStorage();
    rememberReturnPath("//evil.example/path", storage);
    expect(takeReturnPath("/directory/users", storage)).toBe("/directory/users");
  });
});
