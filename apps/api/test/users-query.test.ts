/**
 * Every field and operator of the query language, run through users.list against PostgreSQL.
 * Each case names the usernames it must return, in username order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { ensureNamed, seedUsers } from "./support/seed.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedUsers(app.database, [
    { username: "alice", name: "Alice Liddell", email: "alice@example.com", path: "users/eng", attributes: { dept: "eng", level: 3, remote: true, address: { city: "Paris" } }, lastLogin: "2025-01-31T10:00:00Z", dateJoined: "2024-06-01T00:00:00Z", groups: ["eng"], roles: ["viewer"] },
    { username: "bob", name: "Bob Stone", email: "bob@corp.test", path: "users/eng/web", attributes: { dept: "eng", level: 5, remote: false }, lastLogin: "2025-02-15T08:00:00Z", dateJoined: "2024-07-01T00:00:00Z", groups: ["web"] },
    { username: "carol", name: "Carol Danvers", email: "", path: "users/engineering", attributes: { dept: "sales", nickname: null }, lastLogin: null, dateJoined: "2025-01-31T12:00:00Z" },
    { username: "dave", name: "", email: "DAVE@EXAMPLE.COM", path: "users/sales", isActive: false, type: "external", attributes: {}, lastLogin: null, dateJoined: "2025-03-01T00:00:00Z", groups: ["sales"] },
    { username: "erin_100%", name: "Erin O'Neil", email: "erin@example.org", path: "users", attributes: { "employee-id": "E-1" }, lastLogin: "2025-01-30T23:59:59Z", dateJoined: "2023-01-01T00:00:00Z" },
    { username: "svc-backup", name: "Backup", path: "roster/service-accounts", type: "service_account" },
  ]);
  // web is a child of eng; eng holds the role "editor"; admins is a super-user group (the admin is in it).
  const em = app.database.fork();
  const eng = await ensureNamed(app.database, "groups", "eng");
  const web = await ensureNamed(app.database, "groups", "web");
  const editor = await ensureNamed(app.database, "roles", "editor");
  await sql(em, "INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [web, eng]);
  await sql(em, "INSERT INTO group_roles (group_id, role_id) VALUES (?, ?)", [eng, editor]);
  const staff = await ensureNamed(app.database, "groups", "staff", { isSuperuser: true });
  await sql(em, "INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [eng, staff]);
});
afterAll(() => app.close());

async function usernames(query: string, path?: string): Promise<string[]> {
  const page = await app.admin().api.users.list.query({ query, limit: 100, ...(path ? { path } : {}) });
  return page.items.map((user) => user.username).filter((username) => username !== "admin");
}

describe("string fields", () => {
  it.each([
    ['username = "alice"', ["alice"]],
    ['username != "alice"', ["bob", "carol", "dave", "erin_100%", "svc-backup"]],
    ['username ~ "LI"', ["alice"]],
    ['username !~ "e"', ["bob", "carol", "svc-backup"]],
    ['username startswith "A"', ["alice"]],
    ['username not startswith "a"', ["bob", "carol", "dave", "erin_100%", "svc-backup"]],
    ['username endswith "OB"', ["bob"]],
    ['username not endswith "e"', ["bob", "carol", "erin_100%", "svc-backup"]],
    ['username in ("alice", "dave", "nobody")', ["alice", "dave"]],
    ['username not in ("alice", "dave")', ["bob", "carol", "erin_100%", "svc-backup"]],
    ['username ~ "100%"', ["erin_100%"]],
    ['username ~ "_"', ["erin_100%"]],
    ['name ~ "o\'n"', ["erin_100%"]],
    ["name = None", ["dave"]],
    ['email endswith "@example.com"', ["alice", "dave"]],
    ["email = None", ["carol", "svc-backup"]],
    ["email != None", ["alice", "bob", "dave", "erin_100%"]],
    ['email startswith "dave@"', ["dave"]],
  ])("%s", async (query, expected) => {
    expect(await usernames(query)).toEqual(expected);
  });
});

describe("path, type and flags", () => {
  it.each([
    ['path = "users/eng"', ["alice"]],
    ['path startswith "users/eng"', ["alice", "bob", "carol"]],
    ['path ~ "sales"', ["dave"]],
    ["is_active = False", ["dave"]],
    ["is_active != False", ["alice", "bob", "carol", "erin_100%", "svc-backup"]],
    ['type = "external"', ["dave"]],
    ['type in ("service_account", "external")', ["dave", "svc-backup"]],
    ["is_superuser = True", ["alice", "bob"]],
    ['is_active = False and path startswith "users"', ["dave"]],
  ])("%s", async (query, expected) => {
    expect(await usernames(query)).toEqual(expected);
  });
});

describe("attributes", () => {
  it.each([
    ['attributes.dept = "eng"', ["alice", "bob"]],
    ['attribute.dept = "eng"', ["alice", "bob"]],
    ['attributes.dept != "eng"', ["carol", "dave", "erin_100%", "svc-backup"]],
    ["attributes.level = 3", ["alice"]],
    ["attributes.level > 3", ["bob"]],
    ["attributes.level >= 3", ["alice", "bob"]],
    ["attributes.level < 4", ["alice"]],
    ["attributes.remote = True", ["alice"]],
    ["attributes.remote = False", ["bob"]],
    ['attributes.address.city = "Paris"', ["alice"]],
    ['attributes.address.city ~ "par"', ["alice"]],
    ['attributes.dept in ("sales", "hr")', ["carol"]],
    ['attributes.dept startswith "en"', ["alice", "bob"]],
    // absent or JSON null
    ["attributes.nickname = None", ["alice", "bob", "carol", "dave", "erin_100%", "svc-backup"]],
    ["attributes.level = None", ["carol", "dave", "erin_100%", "svc-backup"]],
    ["attributes.level != None", ["alice", "bob"]],
    ['attributes.employee-id = "E-1"', ["erin_100%"]],
  ])("%s", async (query, expected) => {
    expect(await usernames(query)).toEqual(expected);
  });
});

describe("dates", () => {
  it.each([
    ['last_login > "2025-01-31"', ["bob"]],
    ['last_login >= "2025-01-31"', ["alice", "bob"]],
    ['last_login = "2025-01-31"', ["alice"]],
    ['last_login < "2025-01-31"', ["erin_100%"]],
    ['last_login <= "2025-01-31T10:00:00Z"', ["alice", "erin_100%"]],
    ["last_login = None", ["carol", "dave", "svc-backup"]],
    ['date_joined >= "2025-01-01"', ["carol", "dave", "svc-backup"]],
    ['date_joined = "2025-01-31"', ["carol"]],
    ['date_joined < "2024-01-01"', ["erin_100%"]],
  ])("%s", async (query, expected) => {
    expect(await usernames(query)).toEqual(expected);
  });

  it("last_updated is comparable with a full ISO timestamp", async () => {
    expect(await usernames('last_updated > "2000-01-01T00:00:00Z" and username = "bob"')).toEqual(["bob"]);
  });
});

describe("groups and roles", () => {
  it.each([
    ['groups = "eng"', ["alice"]],
    ['groups in ("web", "sales")', ["bob", "dave"]],
    ['groups ~ "EN"', ["alice"]],
    ['groups != "eng"', ["bob", "carol", "dave", "erin_100%", "svc-backup"]],
    ['roles = "viewer"', ["alice"]],
    ['roles = "editor"', ["alice", "bob"]],
  ])("%s", async (query, expected) => {
    expect(await usernames(query)).toEqual(expected);
  });
});

describe("combinations, plain search and folders", () => {
  it("and binds tighter than or", async () => {
    expect(await usernames('username = "dave" or username startswith "a" and attributes.dept = "sales"')).toEqual(["dave"]);
    expect(await usernames('(username = "dave" or username startswith "a") and is_active = True')).toEqual(["alice"]);
  });

  it("plain search matches every term against username, name or email", async () => {
    expect(await usernames("alice")).toEqual(["alice"]);
    expect(await usernames("example stone")).toEqual([]);
    expect(await usernames("bob stone")).toEqual(["bob"]);
    expect(await usernames("EXAMPLE")).toEqual(["alice", "dave", "erin_100%"]);
  });

  it("a folder contains its subfolders and never a sibling with the same prefix", async () => {
    expect(await usernames("", "users/eng")).toEqual(["alice", "bob"]);
    expect(await usernames('name ~ "o"', "users/eng")).toEqual(["bob"]);
  });

  it("an invalid query is an error with its position, not a plain search", async () => {
    const error = await errorOf(app.admin().api.users.list.query({ query: 'usrname = "x"' }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe('Unknown field "usrname" at 1:1 — did you mean "username"?');
    expect(error.data.queryError).toEqual({ message: error.message, start: 0, end: 7 });
  });
});

describe("autocomplete", () => {
  const values = async (text: string) => (await app.admin().api.users.autocomplete.query({ text, cursor: text.length })).suggestions.map((suggestion) => suggestion.insert);

  it("suggests the values an attribute takes, of its own type", async () => {
    expect(await values("attributes.dept = ")).toEqual(["None", '"eng"', '"sales"']);
    expect(await values("attributes.level > ")).toEqual(["3", "5"]);
    expect(await values("attributes.remote = ")).toEqual(["True", "False", "None"]);
    expect(await values("attributes.address.city = ")).toEqual(["None", '"Paris"']);
    expect(await values('attributes.dept = "sa')).toEqual(['"sales"']);
  });
});
