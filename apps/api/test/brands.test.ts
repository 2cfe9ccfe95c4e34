import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActiveBrand } from "@roster/db";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function flowId(slug: string): Promise<string> {
  const [flow] = (await app.admin().api.flows.list.query({ search: slug })).items;
  if (!flow) throw new Error(`No flow ${slug}`);
  return flow.id;
}

async function defaultDomains(): Promise<string[]> {
  const rows = await sql<{ domain: string }>(app.database.fork(), `SELECT domain FROM brands WHERE "default" ORDER BY domain`);
  return rows.map((row) => row.domain);
}

describe("brands", () => {
  it("creates, reads, lists, updates and deletes a brand with its flows", async () => {
    const admin = app.admin().api;
    const authentication = await flowId("default-authentication-flow");
    const brand = await admin.brands.create.mutate({ domain: " Crud.Example.COM ", title: "Crud", flowAuthentication: authentication, defaultUserPath: "users/crud", attributes: { theme: "dark" } });
    expect(brand).toMatchObject({
      domain: "crud.example.com",
      default: false,
      title: "Crud",
      flowAuthentication: { id: authentication, slug: "default-authentication-flow", name: "Welcome to Roster!" },
      flowRecovery: null,
      flowInvalidation: null,
      defaultUserPath: "users/crud",
      attributes: { theme: "dark" },
    });
    expect(await admin.brands.get.query({ id: brand.id })).toEqual(brand);
    expect((await admin.brands.list.query({ search: "crud" })).items).toEqual([brand]);
    const updated = await admin.brands.update.mutate({ id: brand.id, title: "Crud 2", flowAuthentication: null });
    expect(updated).toMatchObject({ title: "Crud 2", flowAuthentication: null, defaultUserPath: "users/crud" });
    expect(await admin.brands.delete.mutate({ ids: [brand.id] })).toEqual({ deleted: 1 });
    expect((await errorOf(admin.brands.get.query({ id: brand.id }))).code).toBe("NOT_FOUND");
  });

  it("keeps exactly one default brand", async () => {
    const admin = app.admin().api;
    const [original] = (await admin.brands.list.query({ search: "roster-default" })).items;
    const first = await admin.brands.create.mutate({ domain: "first.example.com", default: true });
    expect(await defaultDomains()).toEqual(["first.example.com"]);
    const second = await admin.brands.create.mutate({ domain: "second.example.com" });
    expect((await admin.brands.update.mutate({ id: second.id, default: true })).default).toBe(true);
    expect(await defaultDomains()).toEqual(["second.example.com"]);
    expect((await admin.brands.get.query({ id: first.id })).default).toBe(false);

    const unset = await errorOf(admin.brands.update.mutate({ id: second.id, default: false }));
    expect(unset.data.fieldErrors).toEqual({ default: ["One brand must always be the default: make another brand the default instead."] });
    const removal = await errorOf(admin.brands.delete.mutate({ ids: [first.id, second.id] }));
    expect(removal.message).toBe('Brand "second.example.com" is the default brand and cannot be deleted. Make another brand the default first.');
    expect(await defaultDomains()).toEqual(["second.example.com"]);

    await admin.brands.update.mutate({ id: original?.id ?? "", default: true });
    expect(await admin.brands.delete.mutate({ ids: [first.id, second.id] })).toEqual({ deleted: 2 });
    expect(await defaultDomains()).toEqual(["roster-default"]);
  });

  it("accepts only a recovery flow as the recovery flow", async () => {
    const admin = app.admin().api;
    const [brand] = (await admin.brands.list.query({ search: "roster-default" })).items;
    const wrong = await errorOf(admin.brands.update.mutate({ id: brand?.id ?? "", flowRecovery: await flowId("default-authentication-flow"), flowInvalidation: await flowId("default-authentication-flow") }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe("This flow is not a recovery flow.");
    expect(wrong.data.fieldErrors).toEqual({ flowRecovery: ["This flow is not a recovery flow."], flowInvalidation: ["This flow is not an invalidation flow."] });

    const recovery = await admin.flows.create.mutate({ slug: "brand-recovery", name: "Brand recovery", designation: "recovery" });
    const updated = await admin.brands.update.mutate({ id: brand?.id ?? "", flowRecovery: recovery.id });
    expect(updated.flowRecovery).toEqual({ id: recovery.id, slug: "brand-recovery", name: "Brand recovery" });
    expect(updated.flowAuthentication?.slug).toBe("default-authentication-flow");
    expect((await admin.flows.get.query({ id: recovery.id })).brands).toEqual([{ id: brand?.id, domain: "roster-default", title: "Roster" }]);
    expect((await errorOf(admin.flows.delete.mutate({ ids: [recovery.id] }))).message).toBe(
      'Flow "brand-recovery" is used by brand "roster-default". Choose another flow for that brand before deleting this one.',
    );
    expect((await admin.brands.update.mutate({ id: brand?.id ?? "", flowRecovery: null })).flowRecovery).toBeNull();
  });

  it("checks the domain and the default user path", async () => {
    const admin = app.admin().api;
    const invalid = await errorOf(admin.brands.create.mutate({ domain: "https://login.example.com/", defaultUserPath: "/users" }));
    expect(invalid.data.fieldErrors).toEqual({
      domain: ["Enter a host name without scheme, port or path, such as login.example.com."],
      defaultUserPath: ["No leading or trailing slashes allowed."],
    });
    await admin.brands.create.mutate({ domain: "taken.example.com" });
    const taken = await errorOf(admin.brands.create.mutate({ domain: "TAKEN.example.com" }));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.data.fieldErrors).toEqual({ domain: ["A brand with this domain already exists."] });
  });

  it("finds the active brand by host, without case or port, else the default", async () => {
    const admin = app.admin().api;
    const brand = await admin.brands.create.mutate({ domain: "active.example.com", title: "Active" });
    const em = app.database.fork();
    expect((await getActiveBrand(em, "active.example.com"))?.id).toBe(brand.id);
    expect((await getActiveBrand(em, "Active.Example.com:8443"))?.id).toBe(brand.id);
    expect((await getActiveBrand(em, "active.example.com."))?.id).toBe(brand.id);
    expect((await getActiveBrand(em, "other.example.com"))?.domain).toBe("roster-default");
    expect((await getActiveBrand(em, ""))?.domain).toBe("roster-default");
    expect((await getActiveBrand(em, "%.example.com"))?.domain).toBe("roster-default");
  });

  it("answers brands.current with the brand of the request host", async () => {
    // The test server is reached as 127.0.0.1, which no brand claims until this one does.
    const admin = app.admin().api;
    expect((await admin.brands.current.query()).domain).toBe("roster-default");
    const local = await admin.brands.create.mutate({ domain: "127.0.0.1", title: "Local" });
    expect(await admin.brands.current.query()).toEqual(local);
    await admin.brands.delete.mutate({ ids: [local.id] });
  });
});
