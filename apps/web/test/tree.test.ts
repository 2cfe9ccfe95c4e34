import { describe, expect, it } from "vitest";
import { ancestorIds, buildPathTree, visibleTreeItems } from "../src/lib/tree";

describe("buildPathTree", () => {
  it("shares parents between paths and sorts them", () => {
    const tree = buildPathTree(["users/sales", "roster", "users/eng/backend", "users/eng"]);
    expect(tree.map((node) => node.id)).toEqual(["roster", "users"]);
    expect(tree[1]?.children.map((node) => node.id)).toEqual(["users/eng", "users/sales"]);
    expect(tree[1]?.children[0]?.children.map((node) => node.label)).toEqual(["backend"]);
  });
});

describe("visibleTreeItems", () => {
  it("lists children under expanded folders only", () => {
    const tree = buildPathTree(["users/eng", "users/sales", "roster"]);
    expect(visibleTreeItems(tree, new Set()).map((item) => item.node.id)).toEqual(["roster", "users"]);
    expect(visibleTreeItems(tree, new Set(["users"])).map((item) => [item.node.id, item.depth, item.parentId])).toEqual([
      ["roster", 0, null],
      ["users", 0, null],
      ["users/eng", 1, "users"],
      ["users/sales", 1, "users"],
    ]);
  });
});

describe("ancestorIds", () => {
  it("lists every parent folder", () => {
    expect(ancestorIds("users/eng/backend")).toEqual(["users", "users/eng"]);
    expect(ancestorIds("users")).toEqual([]);
  });
});
