import { describe, expect, it } from "vitest";
import { isSearchShortcut, isTypingTarget } from "../src/lib/keyboard";
import { moveActive } from "../src/lib/list-navigation";

const plain = { key: "/", ctrlKey: false, metaKey: false, altKey: false };

describe("the / shortcut", () => {
  it("fires outside of fields", () => {
    expect(isSearchShortcut(plain, { tagName: "BODY", isContentEditable: false })).toBe(true);
    expect(isSearchShortcut(plain, null)).toBe(true);
  });

  it("leaves typing alone", () => {
    expect(isTypingTarget({ tagName: "input", isContentEditable: false })).toBe(true);
    expect(isSearchShortcut(plain, { tagName: "TEXTAREA", isContentEditable: false })).toBe(false);
    expect(isSearchShortcut(plain, { tagName: "DIV", isContentEditable: true })).toBe(false);
    expect(isSearchShortcut({ ...plain, ctrlKey: true }, null)).toBe(false);
  });
});

describe("moveActive", () => {
  it("wraps around both ends", () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});
