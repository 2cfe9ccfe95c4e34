/**
 * A user export end to end (API + worker): the file, parsed by a real CSV parser, holds exactly
 * the users that `users.list` lists for the same filters, in the same order, with every tricky
 * value intact and formula-like cells neutralised; the requester is notified with the download
 * link, and nobody else can download it.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, newId } from "@roster/db";
import { sql, User } from "@roster/db/testing";
import { adminToken } from "@roster/api/testing";
import type { TUser, TUserListFilter } from "@roster/core";
import { startEnvironment, type Environment } from "../src/environment.js";
import { waitFor } from "../src/wait.js";

let environment: Environment;
beforeAll(async () => {
  environment = await startEnvironment({ worker: true });
  const admin = environment.app.admin().api;
  const groups = await Promise.all(["e2e-eng", "e2e-ops, night", "e2e-山田"].map((name) => admin.groups.create.mutate({ name })));
  const tricky = [
    { username: "e2e-plain", name: "Plain Person", email: "plain@example.com" },
    { username: "e2e-comma,user", name: "Doe, Jane", email: "jane@example.com" },
    { username: 'e2e-"quoted"', name: 'She said "hi"', attributes: { quote: 'a "b" c' } },
    { username: "e2e-multi\nline", name: "first line\r\nsecond line", attributes: { note: "line1\nline2" } },
    { username: "e2e-山田", name: "山田 太郎", email: "yamada@example.jp", attributes: { 名前: "山田", kind: "tricky" } },
    { username: "e2e-Ωmega", name: "Ωmega Ünïcödé", attributes: { kind: "tricky" } },
    { username: "=e2e-SUM(A1:A9)", name: "=HYPERLINK(\"http://evil\", \"x\")", attributes: { kind: "tricky", formula: "=1+2" } },
    { username: "+e2e-plus", name: "+1 555 0100", email: "+plus@example.com", attributes: { kind: "tricky" } },
    { username: "-e2e-minus", name: "-2", email: "-minus@example.com" },
    { username: "@e2e-at", name: "@SUM(1)", attributes: { kind: "tricky" } },
    { username: "e2e-tab", name: "\tTabbed", attributes: { kind: "tricky" } },
    { username: "e2e-cr", name: "\rCarriage", isActive: false },
  ];
  for (const [index, fields] of tricky.entries()) {
    const user = await admin.users.create.mutate({ ...fields, path: index % 2 ? "e2e/odd" : "e2e" });
    const memberOf = groups.filter((_group, groupIndex) => (index + groupIndex) % 2 === 0).map((group) => group.id);
    if (memberOf.length > 0) await admin.users.addToGroups.mutate({ userId: user.id, groupIds: memberOf });
  }
  await sql(environment.app.database.fork(), "UPDATE users SET last_login = now() - (length(username) || ' minutes')::interval WHERE username LIKE '%e2e-%' AND username NOT LIKE '%plain%'");
  await admin.users.create.mutate({ username: "outside-folder", name: "=not exported by folder", path: "other" });
});
afterAll(() => environment.close());

const formulaStart = /^[=+\-@\t\r]/;
const neutralised = (value: string) => (formulaStart.test(value) ? `'${value}` : value);

/** Every user `users.list` lists for the filters, walking all pages. */
async function listAll(filter: TUserListFilter): Promise<TUser[]> {
  const admin = environment.app.admin().api;
  const users: TUser[] = [];
  let cursor: string | null = null;
  do {
    const page = await admin.users.list.query({ ...filter, cursor, limit: 3 });
    users.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return users;
}

async function expectedRow(user: TUser): Promise<string[]> {
  const { items } = await environment.app.admin().api.users.groups.query({ userId: user.id });
  const groups = items.map((group) => group.name).sort().join(",");
  return [user.username, user.name, user.email, String(user.isActive), user.path, user.type, groups, user.lastLogin ?? "", user.dateJoined].map(neutralised);
}

async function exportAndDownload(filter: TUserListFilter): Promise<{ exportId: string; csv: string }> {
  const admin = environment.app.admin().api;
  const { exportId } = await admin.users.export.mutate(filter);
  const notification = await waitFor(
    async () => (await admin.notifications.list.query({})).items.find((item) => item.link?.href === `/exports/${exportId}/download`),
    (found) => found !== undefined,
    20_000,
  );
  expect(notification).toMatchObject({ body: expect.stringMatching(/^Export of [\d,]+ users? ready — /) as unknown, severity: "notice", link: { label: "Download" } });
  const response = await fetch(`${environment.baseUrl}${notification?.link?.href ?? ""}`, { headers: { authorization: `Bearer ${adminToken}` } });
  expect(response.status).toBe(200);
  return { exportId, csv: await response.text() };
}

describe("user export", () => {
  it.each<TUserListFilter>([
    { path: "e2e" },
    { query: 'attributes.kind = "tricky" or name ~ ","', ordering: "-name" },
    { query: "e2e", ordering: "last_login" },
    { path: "e2e/odd", ordering: "-date_joined" },
  ])("the file holds exactly what users.list lists for %j, in the same order, parsed by a real CSV parser", async (filter) => {
    const { csv } = await exportAndDownload(filter);
    const [header, ...rows] = parse(csv, { relaxColumnCount: false });
    expect(header).toEqual(["Username", "Name", "Email", "Active", "Path", "Type", "Groups", "Last login", "Date joined", "Attributes"]);
    const listed = await listAll(filter);
    expect(listed.length).toBeGreaterThan(1);
    expect(rows.map((row) => row[0])).toEqual(listed.map((user) => neutralised(user.username)));
    for (const [index, user] of listed.entries()) {
      const row = rows[index] ?? [];
      expect(row.slice(0, 9)).toEqual(await expectedRow(user));
      expect(JSON.parse(row[9] ?? "")).toEqual(user.attributes);
    }
  });

  it("neutralises formula cells with a leading quote and keeps non-Latin text", async () => {
    const { csv } = await exportAndDownload({ path: "e2e" });
    const rows = parse(csv);
    const byName = new Map(rows.map((row) => [row[1], row]));
    expect(byName.get(`'=HYPERLINK("http://evil", "x")`)?.[0]).toBe("'=e2e-SUM(A1:A9)");
    expect(byName.get("'+1 555 0100")?.[2]).toBe("'+plus@example.com");
    expect(byName.get("'\tTabbed")?.[0]).toBe("e2e-tab");
    expect(byName.get("'\rCarriage")?.[3]).toBe("false");
    expect(byName.get("山田 太郎")?.[0]).toBe("e2e-山田");
    expect(rows.flat().filter((cell) => formulaStart.test(cell))).toEqual([]);
    expect(csv).not.toContain("=not exported by folder");
  });

  it("lets only the requester (or a holder of view_dataexport) download the file", async () => {
    const { exportId } = await exportAndDownload({ query: "Ωmega" });
    const em = environment.app.database.fork();
    const outsider = em.create(User, { id: newId(), username: "e2e-outsider" });
    outsider.passwordHash = await hashPassword("outsider-password-1");
    await em.flush();
    const browser = await environment.app.signedIn("e2e-outsider", "outsider-password-1");
    const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const refused = await fetch(`${environment.baseUrl}/exports/${exportId}/download`, { headers: { cookie } });
    expect(refused.status).toBe(404);
    expect((await browser.api.exports.list.query({})).items).toEqual([]);
  });
});
