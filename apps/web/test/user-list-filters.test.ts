import { describe, expect, it } from "vitest";
import { readUserListFilters, userListInput, userListSearch } from "../src/lib/user-list-filters";

describe("readUserListFilters", () => {
  it("reads the query, the folder and a known ordering from the URL", () => {
    expect(readUserListFilters({ q: 'username = "bob"', path: "users/eng", ordering: "-last_login" })).toEqual({ query: 'username = "bob"', path: "users/eng", ordering: "-last_login" });
  });

  it("drops an unknown ordering and treats an empty folder as all users", () => {
    expect(readUserListFilters({ ordering: "password", path: "" })).toEqual({ query: "", path: null, ordering: null });
    expect(readUserListFilters({ q: ["first", "second"] }).query).toBe("first");
  });
});

describe("userListSearch", () => {
  it("removes empty values from the URL and leaves unmentioned ones alone", () => {
    expect(userListSearch({ query: "  ", path: null })).toEqual({ q: undefined, path: undefined });
    expect(userListSearch({ path: "users" })).toEqual({ path: "users" });
    expect(userListSearch({ ordering: "name" })).toEqual({ ordering: "name" });
  });
});

describe("userListInput", () => {
  it("sends only what is set, with the cursor for the next page", () => {
    expect(userListInput({ query: "", path: null, ordering: null })).toEqual({});
    expect(userListInput({ query: " alice ", path: "users/eng", ordering: "username" }, "abc")).toEqual({ query: "alice", path: "users/eng", ordering: "username", cursor: "abc", withCount: false });
  });

  it("asks for the count on the first page only, the one that shows it", () => {
    expect(userListInput({ query: "alice", path: null, ordering: null })).not.toHaveProperty("withCount");
    expect(userListInput({ query: "alice", path: null, ordering: null }, "abc")).toMatchObject({ withCount: false });
  });
});
