import { describe, expect, it } from "vitest";
import { ariaSort, fromOrdering, nextSort, toOrdering } from "../src/lib/table-sort";
import { selectAllState, toggleAll, toggleOne } from "../src/lib/table-selection";

describe("sorting", () => {
  it("sorts ascending first, then flips", () => {
    const first = nextSort(null, "username");
    expect(first).toEqual({ key: "username", direction: "asc" });
    expect(nextSort(first, "username")).toEqual({ key: "username", direction: "desc" });
    expect(nextSort({ key: "username", direction: "desc" }, "name")).toEqual({ key: "name", direction: "asc" });
  });

  it("a list sorted by default shows it, so that the first click on that header flips the order", () => {
    const byUsername = { key: "username", direction: "asc" } as const;
    const shown = fromOrdering(null, byUsername);
    expect(ariaSort(shown, "username")).toBe("ascending");
    expect(toOrdering(nextSort(shown, "username"))).toBe("-username");
    expect(toOrdering(nextSort(shown, "name"))).toBe("name");
    expect(fromOrdering("-name", byUsername)).toEqual({ key: "name", direction: "desc" });
  });

  it("speaks the API's ordering", () => {
    expect(toOrdering({ key: "last_login", direction: "desc" })).toBe("-last_login");
    expect(fromOrdering("-last_login")).toEqual({ key: "last_login", direction: "desc" });
    expect(toOrdering(null)).toBeUndefined();
    expect(ariaSort({ key: "name", direction: "asc" }, "name")).toBe("ascending");
    expect(ariaSort({ key: "name", direction: "asc" }, "email")).toBe("none");
  });
});

describe("selection", () => {
  const visible = ["a", "b", "c"];

  it("shows all, some or none selected", () => {
    expect(selectAllState(new Set(), visible)).toBe("none");
    expect(selectAllState(new Set(["a"]), visible)).toBe("some");
    expect(selectAllState(new Set(visible), visible)).toBe("all");
    expect(selectAllState(new Set(), [])).toBe("none");
  });

  it("select-all selects the rest, then clears the visible rows only", () => {
    const all = toggleAll(new Set(["a", "z"]), visible);
    expect([...all].sort()).toEqual(["a", "b", "c", "z"]);
    expect([...toggleAll(all, visible)]).toEqual(["z"]);
  });

  it("toggles one row", () => {
    expect([...toggleOne(new Set(["a"]), "a")]).toEqual([]);
    expect([...toggleOne(new Set(), "b")]).toEqual(["b"]);
  });
});
