/**
 * Applications and policy bindings (SPEC §10): the CRUD procedures and their rules, and the access
 * predicate as every caller sees it — My applications, the user page's tab and Check access.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindingsVerdict, type TPolicyEngineMode } from "@roster/core";
import { evaluateBindings, newId } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";
import { ensureNamed, seedUsers } from "./support/seed.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const admin = () => app.admin().api;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${newId().slice(0, 6)}`;

async function newApplication(fields: { policyEngineMode?: TPolicyEngineMode; launchUrl?: string } = {}) {
  const slug = unique("app");
  return admin().applications.create.mutate({ slug, name: `App ${slug}`, launchUrl: fields.launchUrl ?? `https://${slug}.example.com`, ...fields });
}

async function setParent(child: string, parent: string): Promise<void> {
  await sql(app.database.fork(), "INSERT INTO group_parents (group_id, parent_id) VALUES (?, ?)", [child, parent]);
}

/** Ids of the applications the user may access, as My applications' SQL, the Applications tab and Check access answer. */
async function accessibleThreeWays(userId: string, applicationIds: readonly string[]): Promise<{ tab: string[]; check: string[] }> {
  const tab = (await admin().users.applications.query({ userId, limit: 100 })).items.map((item) => item.id).filter((id) => applicationIds.includes(id));
  const check: string[] = [];
  for (const id of applicationIds) if ((await admin().applications.checkAccess.query({ id, userId })).passing) check.push(id);
  return { tab: tab.sort(), check: check.sort() };
}

async function passes(applicationId: string, userId: string): Promise<boolean> {
  return (await admin().applications.checkAccess.query({ id: applicationId, userId })).passing;
}

async function events(pk: string): Promise<{ action: string; context: Record<string, unknown> }[]> {
  return sql(app.database.fork(), "SELECT action, context FROM events WHERE context->>'pk' = ? ORDER BY created_at, id", [pk]);
}

describe("applications", () => {
  it("creates, reads, lists, updates and deletes an application, with an event for each change", async () => {
    const created = await admin().applications.create.mutate({
      slug: " grafana-crud ",
      name: "Grafana",
      launchUrl: "https://grafana.example.com",
      group: "Monitoring",
      metaDescription: "Dashboards",
      metaPublisher: "Grafana Labs",
      openInNewTab: true,
    });
    expect(created).toMatchObject({ slug: "grafana-crud", name: "Grafana", launchUrl: "https://grafana.example.com", group: "Monitoring", metaDescription: "Dashboards", metaPublisher: "Grafana Labs", openInNewTab: true, policyEngineMode: "any", icon: null, provider: null, bindingCount: 0 });
    // Without a provider there is no client secret to show; the rest reads back as created.
    const { clientSecret, ...application } = created;
    expect(clientSecret).toBeNull();
    expect(await admin().applications.get.query({ id: created.id })).toEqual(application);
    expect((await admin().applications.list.query({ search: "GRAFANA-cr" })).items).toEqual([application]);

    const updated = await admin().applications.update.mutate({ id: created.id, name: "Grafana 2", launchUrl: "", policyEngineMode: "all" });
    expect(updated).toMatchObject({ name: "Grafana 2", launchUrl: null, policyEngineMode: "all", group: "Monitoring" });
    expect(await admin().applications.delete.mutate({ ids: [created.id] })).toEqual({ deleted: 1 });
    expect((await errorOf(admin().applications.get.query({ id: created.id }))).code).toBe("NOT_FOUND");

    const recorded = await events(created.id);
    expect(recorded.map((event) => event.action)).toEqual(["model_created", "model_updated", "model_deleted"]);
    expect(recorded[0]?.context).toMatchObject({ model: "application", name: "Grafana" });
    expect(recorded[1]?.context).toMatchObject({ name: "Grafana 2", changes: { name: { from: "Grafana", to: "Grafana 2" }, launchUrl: { from: "https://grafana.example.com", to: "" }, policyEngineMode: { from: "any", to: "all" } } });
  });

  it("refuses a slug that is taken or not URL-safe, naming the field", async () => {
    const first = await newApplication();
    const taken = await errorOf(admin().applications.create.mutate({ slug: first.slug, name: "Twin" }));
    expect(taken).toMatchObject({ code: "CONFLICT", message: "An application with this slug already exists.", data: { fieldErrors: { slug: ["An application with this slug already exists."] } } });
    const second = await newApplication();
    expect((await errorOf(admin().applications.update.mutate({ id: second.id, slug: first.slug }))).code).toBe("CONFLICT");
    const format = await errorOf(admin().applications.create.mutate({ slug: "My App", name: "Mine" }));
    expect(format.code).toBe("BAD_REQUEST");
    expect(format.data.fieldErrors).toEqual({ slug: ['Use only lowercase letters, numbers, hyphens and underscores, starting with a letter or number (for example "my-app").'] });
  });

  it("takes http and https launch URLs only", async () => {
    const script = await errorOf(admin().applications.create.mutate({ slug: unique("xss"), name: "XSS", launchUrl: "javascript:alert(document.cookie)" }));
    expect(script.data.fieldErrors).toEqual({ launchUrl: ["Only http:// and https:// URLs are allowed."] });
    const bare = await errorOf(admin().applications.create.mutate({ slug: unique("bare"), name: "Bare", launchUrl: "wiki.example.com" }));
    expect(bare.data.fieldErrors).toEqual({ launchUrl: ["Enter a full URL, such as https://app.example.com."] });
  });

  it("keeps an uploaded icon in the database and serves it to signed-in callers; or takes a URL", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const application = await admin().applications.create.mutate({ slug: unique("icon"), name: "Icon", icon: { type: "upload", contentType: "image/png", data: png.toString("base64") } });
    expect(application.icon?.type).toBe("upload");
    const iconUrl = `${app.url}${application.icon?.url ?? ""}`;
    expect((await fetch(iconUrl)).status).toBe(401);
    const served = await fetch(iconUrl, { headers: { authorization: "Bearer admin-token-for-tests" } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);

    const mismatch = await errorOf(admin().applications.update.mutate({ id: application.id, icon: { type: "upload", contentType: "image/jpeg", data: png.toString("base64") } }));
    expect(mismatch.data.fieldErrors).toEqual({ icon: ["This file is not the image its type says it is."] });
    const byUrl = await admin().applications.update.mutate({ id: application.id, icon: { type: "url", url: "https://cdn.example.com/icon.png" } });
    expect(byUrl.icon).toEqual({ type: "url", url: "https://cdn.example.com/icon.png" });
    expect((await fetch(iconUrl, { headers: { authorization: "Bearer admin-token-for-tests" } })).status).toBe(404);
    expect((await admin().applications.update.mutate({ id: application.id, icon: null })).icon).toBeNull();
  });

  it("names every icon problem under the icon field, and records setting and removing an icon once each", async () => {
    const application = await newApplication();
    const iconErrors = async (icon: { type: "url"; url: string } | { type: "upload"; contentType: string; data: string }) =>
      (await errorOf(admin().applications.update.mutate({ id: application.id, icon }))).data.fieldErrors;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    expect(await iconErrors({ type: "upload", contentType: "image/svg+xml", data: svg })).toEqual({ icon: ["Upload a PNG, JPEG, GIF or WebP image."] });
    const oversized = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(256 * 1024)]).toString("base64");
    expect(await iconErrors({ type: "upload", contentType: "image/png", data: oversized })).toEqual({ icon: ["The icon may not be larger than 256 KB."] });
    expect(await iconErrors({ type: "url", url: "javascript:alert(1)" })).toEqual({ icon: ["Only http:// and https:// URLs are allowed."] });
    expect((await admin().applications.get.query({ id: application.id })).icon).toBeNull();

    await admin().applications.update.mutate({ id: application.id, icon: { type: "url", url: "https://cdn.example.com/wiki.png" } });
    await admin().applications.update.mutate({ id: application.id, icon: null });
    await admin().applications.update.mutate({ id: application.id, icon: null });
    const updates = (await events(application.id)).filter((event) => event.action === "model_updated");
    expect(updates.map((event) => event.context.changes)).toEqual([{ icon: { from: null, to: "url" } }, { icon: { from: "url", to: null } }]);
  });

  it("lets a holder of change_application on one application manage that application's bindings only", async () => {
    const mine = await newApplication();
    const other = await newApplication();
    const delegate = await delegatedAdmin(app, unique("binder"), () => [
      { codename: "change_application", objectType: "application", objectId: mine.id },
      { codename: "view_application", objectType: "application", objectId: mine.id },
    ]);
    const groupId = await ensureNamed(app.database, "groups", unique("bound"));
    const binding = await delegate.client.api.bindings.create.mutate({ applicationId: mine.id, groupId });
    expect((await delegate.client.api.bindings.list.query({ applicationId: mine.id })).items).toEqual([binding]);
    expect((await errorOf(delegate.client.api.bindings.create.mutate({ applicationId: other.id, groupId }))).code).toBe("FORBIDDEN");
    expect((await errorOf(delegate.client.api.bindings.list.query({ applicationId: other.id }))).code).toBe("FORBIDDEN");
    const foreign = await admin().bindings.create.mutate({ applicationId: other.id, groupId });
    expect((await errorOf(delegate.client.api.bindings.update.mutate({ id: foreign.id, enabled: false }))).code).toBe("FORBIDDEN");
    expect((await errorOf(delegate.client.api.bindings.delete.mutate({ ids: [foreign.id, binding.id] }))).code).toBe("FORBIDDEN");
    expect((await delegate.client.api.applications.list.query({})).items.map((item) => item.id)).toEqual([mine.id]);
  });
});

describe("bindings", () => {
  it("creates, orders, updates and deletes bindings, naming the application and subject in events", async () => {
    const application = await newApplication();
    const [userId = ""] = [...(await seedUsers(app.database, [{ username: unique("bound-user") }])).values()];
    const groupName = unique("bound-group");
    const groupId = await ensureNamed(app.database, "groups", groupName);
    const first = await admin().bindings.create.mutate({ applicationId: application.id, groupId });
    const second = await admin().bindings.create.mutate({ applicationId: application.id, userId, negate: true });
    expect(first).toMatchObject({ applicationId: application.id, group: { id: groupId, name: groupName }, user: null, order: 0, negate: false, enabled: true });
    expect(second).toMatchObject({ user: { id: userId }, group: null, order: 10, negate: true });
    expect((await admin().applications.get.query({ id: application.id })).bindingCount).toBe(2);

    const duplicate = await errorOf(admin().bindings.create.mutate({ applicationId: application.id, groupId }));
    expect(duplicate).toMatchObject({ code: "CONFLICT", message: "This group is already bound to this application." });
    const both = await errorOf(admin().bindings.create.mutate({ applicationId: application.id, groupId, userId }));
    expect(both.data.fieldErrors).toEqual({ groupId: ["A binding is for a user or a group, not both."] });
    const missing = await errorOf(admin().bindings.create.mutate({ applicationId: application.id, groupId: newId() }));
    expect(missing.data.fieldErrors).toEqual({ groupId: ["This group does not exist."] });

    const moved = await admin().bindings.update.mutate({ id: first.id, order: 20, enabled: false });
    expect(moved).toMatchObject({ order: 20, enabled: false });
    expect((await admin().bindings.list.query({ applicationId: application.id })).items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(await admin().bindings.delete.mutate({ ids: [first.id, second.id] })).toEqual({ deleted: 2 });

    const recorded = await events(first.id);
    expect(recorded.map((event) => event.action)).toEqual(["model_created", "model_updated", "model_deleted"]);
    expect(recorded[0]?.context).toMatchObject({ model: "policy_binding", name: `${application.name} → group ${groupName}`, application: { id: application.id, name: application.name } });
  });
});

describe("the access rule", () => {
  let parentGroup: string;
  let childGroup: string;
  let otherGroup: string;
  let users: Map<string, string>;
  const id = (name: string) => users.get(name) ?? "";

  beforeAll(async () => {
    parentGroup = await ensureNamed(app.database, "groups", "access-eng");
    childGroup = await ensureNamed(app.database, "groups", "access-eng-web");
    otherGroup = await ensureNamed(app.database, "groups", "access-sales");
    await setParent(childGroup, parentGroup);
    users = await seedUsers(app.database, [
      { username: "access-direct", groups: ["access-eng"] },
      { username: "access-child", groups: ["access-eng-web"] },
      { username: "access-sales", groups: ["access-sales"] },
      { username: "access-nobody" },
      { username: "access-inactive", groups: ["access-eng"], isActive: false },
    ]);
  });

  it("opens an application without bindings to every active user", async () => {
    const application = await newApplication();
    for (const name of ["access-direct", "access-sales", "access-nobody"]) expect(await passes(application.id, id(name))).toBe(true);
    const { messages } = await admin().applications.checkAccess.query({ id: application.id, userId: id("access-nobody") });
    expect(messages).toEqual([`No enabled binding: every active user may access "${application.name}".`]);
  });

  it("lets members of a bound group and of its child groups pass, and nobody else", async () => {
    const application = await newApplication();
    await admin().bindings.create.mutate({ applicationId: application.id, groupId: parentGroup });
    expect(await passes(application.id, id("access-direct"))).toBe(true);
    expect(await passes(application.id, id("access-child"))).toBe(true);
    expect(await passes(application.id, id("access-sales"))).toBe(false);
    expect(await passes(application.id, id("access-nobody"))).toBe(false);
  });

  it("inverts a negated binding", async () => {
    const application = await newApplication();
    await admin().bindings.create.mutate({ applicationId: application.id, groupId: otherGroup, negate: true });
    expect(await passes(application.id, id("access-sales"))).toBe(false);
    expect(await passes(application.id, id("access-direct"))).toBe(true);
    expect(await passes(application.id, id("access-nobody"))).toBe(true);
  });

  it("ignores a disabled binding", async () => {
    const application = await newApplication();
    const binding = await admin().bindings.create.mutate({ applicationId: application.id, groupId: otherGroup, enabled: false });
    expect(await passes(application.id, id("access-direct"))).toBe(true);
    await admin().bindings.update.mutate({ id: binding.id, enabled: true });
    expect(await passes(application.id, id("access-direct"))).toBe(false);
  });

  it("needs one passing binding in mode any and every binding in mode all", async () => {
    const any = await newApplication({ policyEngineMode: "any" });
    const all = await newApplication({ policyEngineMode: "all" });
    for (const application of [any, all]) {
      await admin().bindings.create.mutate({ applicationId: application.id, groupId: parentGroup });
      await admin().bindings.create.mutate({ applicationId: application.id, userId: id("access-child") });
    }
    expect(await passes(any.id, id("access-direct"))).toBe(true);
    expect(await passes(all.id, id("access-direct"))).toBe(false);
    expect(await passes(all.id, id("access-child"))).toBe(true);
  });

  it("never lets an inactive user pass, not even an open application", async () => {
    const open = await newApplication();
    const bound = await newApplication();
    await admin().bindings.create.mutate({ applicationId: bound.id, groupId: parentGroup });
    expect(await passes(open.id, id("access-inactive"))).toBe(false);
    expect(await passes(bound.id, id("access-inactive"))).toBe(false);
    expect((await admin().users.applications.query({ userId: id("access-inactive") })).items).toEqual([]);
    const { messages } = await admin().applications.checkAccess.query({ id: open.id, userId: id("access-inactive") });
    expect(messages).toEqual(['"access-inactive" is inactive: inactive users never pass.']);
  });

  it("names the binding that decided in checkAccess", async () => {
    const application = await newApplication({ policyEngineMode: "all" });
    await admin().bindings.create.mutate({ applicationId: application.id, groupId: parentGroup, order: 1 });
    await admin().bindings.create.mutate({ applicationId: application.id, groupId: otherGroup, negate: true, order: 2 });
    await admin().bindings.create.mutate({ applicationId: application.id, userId: id("access-nobody"), order: 3, enabled: false });
    expect(await admin().applications.checkAccess.query({ id: application.id, userId: id("access-child") })).toEqual({
      passing: true,
      messages: [
        'Group binding "access-eng" (order 1) passed: "access-child" is a member of "access-eng-web", below "access-eng".',
        'Group binding "access-sales" (order 2, negated) passed: "access-child" is not a member of "access-sales" or of a group below it.',
        'User binding "access-nobody" (order 3) is disabled and was not evaluated.',
        `Mode "all": all 2 bindings passed, so "access-child" may access "${application.name}".`,
      ],
    });
    const denied = await admin().applications.checkAccess.query({ id: application.id, userId: id("access-sales") });
    expect(denied.passing).toBe(false);
    expect(denied.messages.at(-1)).toBe(`Mode "all": 2 of 2 bindings failed, so "access-sales" may not access "${application.name}".`);
  });

  it("gives the same answer through every caller, and the explanation agrees with the predicate", async () => {
    const applications = [];
    const subjects = [{ groupId: parentGroup }, { groupId: childGroup }, { groupId: otherGroup }, { userId: id("access-nobody") }, { userId: id("access-direct") }];
    for (let n = 0; n < 12; n++) {
      const application = await newApplication({ policyEngineMode: n % 2 === 0 ? "any" : "all" });
      applications.push(application);
      for (const [index, subject] of subjects.entries()) {
        if ((n + index) % 3 === 0) continue;
        await admin().bindings.create.mutate({ applicationId: application.id, ...subject, negate: (n * 7 + index) % 4 === 0, enabled: (n + index * 5) % 6 !== 0 });
      }
    }
    const applicationIds = applications.map((application) => application.id);
    for (const name of users.keys()) {
      const userId = id(name);
      const { tab, check } = await accessibleThreeWays(userId, applicationIds);
      expect(tab, name).toEqual(check);
      for (const application of applications) {
        const bindings = await evaluateBindings(app.database.fork(), application.id, userId);
        const expected = name !== "access-inactive" && bindingsVerdict(application.policyEngineMode, bindings);
        expect(check.includes(application.id), `${name} on ${application.slug}`).toBe(expected);
      }
    }
  });
});

describe("applications.mine and users.applications", () => {
  it("lists what the caller may launch, by group then name, with launch URLs guessed from a provider", async () => {
    const password = "mine-password-1";
    const username = unique("mine");
    const user = await createUserWithPassword(app, username, password);
    const groupId = await ensureNamed(app.database, "groups", unique("mine-group"));
    await sql(app.database.fork(), "INSERT INTO group_users (group_id, user_id) VALUES (?, ?)", [groupId, user.id]);
    const open = await admin().applications.create.mutate({ slug: unique("mine-open"), name: "Zeta wiki", group: "A tools", launchUrl: "https://wiki.example.com", openInNewTab: true });
    const bound = await admin().applications.create.mutate({ slug: unique("mine-bound"), name: "Alpha CRM", group: "B sales", launchUrl: "https://crm.example.com" });
    await admin().bindings.create.mutate({ applicationId: bound.id, groupId });
    const denied = await admin().applications.create.mutate({ slug: unique("mine-denied"), name: "Denied", launchUrl: "https://denied.example.com" });
    await admin().bindings.create.mutate({ applicationId: denied.id, groupId, negate: true });
    const unlaunchable = await admin().applications.create.mutate({ slug: unique("mine-nourl"), name: "No URL" });
    const provided = await admin().applications.create.mutate({ slug: unique("mine-oidc"), name: "OIDC app" });
    await sql(app.database.fork(), `UPDATE applications SET provider = ?::jsonb WHERE id = ?`, [JSON.stringify({ type: "oauth2", name: "OIDC provider", redirectUris: ["https://oidc.example.com/callback"] }), provided.id]);

    const client: TestClient = await app.signedIn(username, password);
    const { items } = await client.api.applications.mine.query();
    const ours = items.filter((item) => [open.id, bound.id, denied.id, unlaunchable.id, provided.id].includes(item.id));
    expect(ours.map((item) => [item.name, item.launchUrl])).toEqual([
      ["OIDC app", "https://oidc.example.com"],
      ["Zeta wiki", "https://wiki.example.com"],
      ["Alpha CRM", "https://crm.example.com"],
    ]);
    expect(ours[1]).toMatchObject({ group: "A tools", openInNewTab: true, icon: null });

    const tab = await admin().users.applications.query({ userId: user.id, limit: 100 });
    const tabRows = tab.items.filter((item) => [open.id, bound.id, denied.id, unlaunchable.id, provided.id].includes(item.id));
    expect(tabRows.map((item) => item.name)).toEqual(["Alpha CRM", "No URL", "OIDC app", "Zeta wiki"]);
    expect(tabRows.find((item) => item.id === provided.id)).toMatchObject({ provider: { type: "oauth2", name: "OIDC provider" }, launchUrl: "https://oidc.example.com" });
    expect(tabRows.find((item) => item.id === unlaunchable.id)).toMatchObject({ provider: null, launchUrl: null });
  });

  it("pages users.applications by name and needs view_user_applications on that user", async () => {
    const [userId = "", otherId = ""] = [...(await seedUsers(app.database, [{ username: unique("tab-user") }, { username: unique("tab-other") }])).values()];
    const first = await admin().users.applications.query({ userId, limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await admin().users.applications.query({ userId, limit: 2, cursor: first.nextCursor });
    expect(second.items[0]?.name.localeCompare(first.items[1]?.name ?? "")).toBeGreaterThanOrEqual(0);
    expect((await errorOf(admin().users.applications.query({ userId, cursor: "bogus" }))).code).toBe("BAD_REQUEST");

    const viewer = await delegatedAdmin(app, unique("tab-viewer"), () => [{ codename: "view_user_applications", objectType: "user", objectId: userId }]);
    expect((await viewer.client.api.users.applications.query({ userId })).items.length).toBeGreaterThan(0);
    expect((await errorOf(viewer.client.api.users.applications.query({ userId: otherId }))).code).toBe("FORBIDDEN");
  });
});
