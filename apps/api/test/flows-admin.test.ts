import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const blueprintsDirectory = new URL("../../../packages/db/blueprints/", import.meta.url);
const example = (file: string) => readFile(new URL(file, blueprintsDirectory), "utf8");

async function countRows(table: "flows" | "stages" | "flow_stage_bindings" | "events"): Promise<number> {
  const rows = await sql<{ count: number }>(app.database.fork(), `SELECT count(*)::int AS count FROM ${table}`);
  return rows[0]?.count ?? 0;
}

describe("flows.import and flows.export", () => {
  it("imports both example blueprints, and importing them again changes nothing", async () => {
    const admin = app.admin().api;
    const emailYaml = await example("recovery-email-verification.yaml");
    const linkYaml = await example("recovery-link-only.yaml");
    const first = await admin.flows.import.mutate({ yaml: emailYaml });
    const link = await admin.flows.import.mutate({ yaml: linkYaml });
    expect(first).toMatchObject({ slug: "default-recovery-flow", name: "Recovery with email verification", title: "Reset your password", designation: "recovery", brands: [] });
    expect(first.bindings.map((binding) => [binding.order, binding.stage.name, binding.stage.type])).toEqual([
      [10, "default-recovery-identification", "identification"],
      [20, "default-recovery-email", "email"],
      [30, "default-recovery-password", "prompt"],
      [40, "default-recovery-user-write", "user_write"],
      [50, "default-recovery-login", "user_login"],
    ]);
    expect(first.bindings[1]?.stage.settings).toEqual({ subject: "Reset your password", tokenExpiryMinutes: 30, template: "recovery" });
    expect(link.bindings.map((binding) => binding.stage.name)).toEqual(["recovery-link-password", "recovery-link-user-write", "recovery-link-login"]);

    const counts = await Promise.all([countRows("flows"), countRows("stages"), countRows("flow_stage_bindings"), countRows("events")]);
    expect(await admin.flows.import.mutate({ yaml: emailYaml })).toEqual(first);
    expect(await admin.flows.import.mutate({ yaml: linkYaml })).toEqual(link);
    expect(await Promise.all([countRows("flows"), countRows("stages"), countRows("flow_stage_bindings"), countRows("events")])).toEqual(counts);
  });

  it("exports a flow as a blueprint that imports back to the same flow", async () => {
    const admin = app.admin().api;
    const flow = await admin.flows.import.mutate({ yaml: await example("recovery-email-verification.yaml") });
    const { yaml } = await admin.flows.export.query({ id: flow.id });
    expect(yaml).toContain("slug: default-recovery-flow");
    expect(yaml).toContain("type: email");

    const stage = await admin.stages.create.mutate({ name: "round-trip-email", type: "email", settings: { subject: "Your link", tokenExpiryMinutes: 15 } });
    const copy = await admin.flows.import.mutate({ yaml: yaml.replace("slug: default-recovery-flow", "slug: round-trip-copy") });
    expect(copy.bindings).toEqual(flow.bindings.map((binding, index) => ({ ...binding, id: copy.bindings[index]?.id })));

    // Changing the exported flow and importing the export back restores it.
    await admin.flows.update.mutate({ id: flow.id, name: "Changed", stageIds: [stage.id] });
    expect(await admin.flows.import.mutate({ yaml })).toMatchObject({ name: flow.name, bindings: flow.bindings.map(({ order, stage: { name } }) => ({ order, stage: { name } })) });
    expect((await admin.flows.export.query({ id: flow.id })).yaml).toBe(yaml);
  });

  it("lists the shipped examples with their description", async () => {
    const { items } = await app.admin().api.flows.examples.query();
    expect(items.map((item) => [item.file, item.name])).toEqual([
      ["default-enrollment-flow.yaml", "Default enrollment flow"],
      ["recovery-email-verification.yaml", "Recovery with email verification"],
      ["recovery-link-only.yaml", "Recovery by link"],
    ]);
    const recovery = items.find((item) => item.file === "recovery-email-verification.yaml");
    expect(recovery?.description).toMatch(/^Recovery with email verification: the person names their account/);
    expect(recovery?.yaml).toBe(await example("recovery-email-verification.yaml"));
  });

  const importErrors: [string, string, string][] = [
    ["a YAML syntax error", "version: 1\nflow:\n  slug: a\n  name: x: y\n", "YAML syntax error: Nested mappings are not allowed in compact mappings (line 4, column 9)."],
    [
      "an unknown stage type",
      "version: 1\nflow:\n  slug: typo-flow\n  name: Typo\n  designation: recovery\nstages:\n  - name: typo-id\n    type: identification\n    settings:\n      userFields: [username]\n  - name: typo-mail\n    type: emial\n",
      'stages[1].type: Unknown stage type "emial" (line 12).',
    ],
    ["a missing flow slug", "version: 1\nflow:\n  name: No slug\n  designation: recovery\nstages: []\n", "flow.slug: Required (line 3)."],
    [
      "invalid stage settings",
      "version: 1\nflow:\n  slug: bad-settings\n  name: Bad\n  designation: recovery\nstages:\n  - name: bad-settings-email\n    type: email\n    settings:\n      subject: Hi\n      tokenExpiryMinutes: 0\n",
      "stages[0].settings.tokenExpiryMinutes: The link must be valid for at least a minute (line 11).",
    ],
  ];

  it.each(importErrors)("refuses %s, naming the place and line", async (_name, yaml, message) => {
    const error = await errorOf(app.admin().api.flows.import.mutate({ yaml }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(message);
    expect((error.data.fieldErrors as Record<string, string[]>).yaml?.[0]).toBe(message);
  });

  it("lists every problem of a blueprint in reading order", async () => {
    const yaml = "version: 1\nflow:\n  slug: many\n  name: Many\n  titel: x\n  designation: nope\nstages:\n  - name: many-login\n    type: user_login\n    settings:\n      foo: 1\n";
    const error = await errorOf(app.admin().api.flows.import.mutate({ yaml }));
    expect(error.data.fieldErrors).toEqual({
      yaml: [
        "flow.titel: Unknown field (line 5).",
        'flow.designation: Invalid option: expected one of "authentication"|"recovery"|"invalidation"|"authorization"|"stage_configuration"|"enrollment" (line 6).',
        "stages[0].settings.foo: Unknown field (line 11).",
      ],
    });
  });

  it("refuses to change the type of an existing stage, pointing at the line", async () => {
    const yaml = "version: 1\nflow:\n  slug: retype\n  name: Retype\n  designation: authentication\nstages:\n  - name: default-authentication-password\n    type: user_login\n";
    const error = await errorOf(app.admin().api.flows.import.mutate({ yaml }));
    expect(error.message).toBe(
      'stages[0].type: Stage "default-authentication-password" already exists with type "password"; a stage\'s type cannot change, so give this one another name (line 8).',
    );
    expect((await app.admin().api.flows.list.query({ search: "retype" })).items).toEqual([]);
  });
});

describe("flows", () => {
  it("creates a flow, binds stages and reorders them", async () => {
    const admin = app.admin().api;
    const flow = await admin.flows.create.mutate({ slug: "reorder-flow", name: "Reorder", designation: "authentication" });
    expect(flow).toMatchObject({ slug: "reorder-flow", title: "", bindings: [], brands: [] });
    const one = await admin.stages.create.mutate({ name: "reorder-one", type: "identification", settings: {} });
    const two = await admin.stages.create.mutate({ name: "reorder-two", type: "password", settings: {} });
    const three = await admin.stages.create.mutate({ name: "reorder-three", type: "user_login", settings: {} });
    expect(one.settings).toEqual({ userFields: ["username", "email"] });

    const bound = await admin.flows.update.mutate({ id: flow.id, stageIds: [one.id, two.id, three.id] });
    expect(bound.bindings.map((binding) => [binding.order, binding.stage.name])).toEqual([[10, "reorder-one"], [20, "reorder-two"], [30, "reorder-three"]]);
    const reordered = await admin.flows.update.mutate({ id: flow.id, title: "Sign in", stageIds: [three.id, one.id] });
    expect(reordered.title).toBe("Sign in");
    expect(reordered.bindings.map((binding) => [binding.order, binding.stage.name])).toEqual([[10, "reorder-three"], [20, "reorder-one"]]);
    expect(await admin.flows.get.query({ id: flow.id })).toEqual(reordered);

    const listed = await admin.flows.list.query({ search: "REORDER", designation: "authentication" });
    expect(listed.items).toEqual([{ id: flow.id, slug: "reorder-flow", name: "Reorder", title: "Sign in", designation: "authentication", stageCount: 2, brands: [] }]);
    expect((await admin.flows.list.query({ search: "reorder", designation: "recovery" })).items).toEqual([]);
    const stages = await admin.stages.list.query({ search: "reorder-" });
    expect(stages.items.map((stage) => [stage.name, stage.flows.map((ref) => ref.slug)])).toEqual([["reorder-one", ["reorder-flow"]], ["reorder-three", ["reorder-flow"]], ["reorder-two", []]]);

    const duplicate = await errorOf(admin.flows.update.mutate({ id: flow.id, stageIds: [one.id, one.id] }));
    expect(duplicate.data.fieldErrors).toEqual({ stageIds: ["A stage can be bound only once in a flow."] });
  });

  it("lists the default flows with the brands that use them", async () => {
    const { items } = await app.admin().api.flows.list.query({ search: "default-authentication" });
    expect(items).toMatchObject([{ slug: "default-authentication-flow", stageCount: 4, brands: [{ domain: "roster-default" }] }]);
  });

  it("refuses to delete a flow a brand uses, naming the brand", async () => {
    const admin = app.admin().api;
    const [flow] = (await admin.flows.list.query({ search: "default-invalidation-flow" })).items;
    const error = await errorOf(admin.flows.delete.mutate({ ids: [flow?.id ?? ""] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe('Flow "default-invalidation-flow" is used by brand "roster-default". Choose another flow for that brand before deleting this one.');
    const unused = await admin.flows.create.mutate({ slug: "delete-me", name: "Delete me", designation: "recovery" });
    expect(await admin.flows.delete.mutate({ ids: [unused.id] })).toEqual({ deleted: 1 });
    expect((await errorOf(admin.flows.get.query({ id: unused.id }))).code).toBe("NOT_FOUND");
  });

  it("keeps the designation a brand needs", async () => {
    const admin = app.admin().api;
    const [flow] = (await admin.flows.list.query({ search: "default-authentication-flow" })).items;
    const error = await errorOf(admin.flows.update.mutate({ id: flow?.id ?? "", designation: "recovery" }));
    expect(error.data.fieldErrors).toEqual({ designation: ['Brand "roster-default" uses this flow as its authentication flow, so its designation must stay "authentication".'] });
  });

  it("refuses a duplicate slug with a CONFLICT on the slug field", async () => {
    const error = await errorOf(app.admin().api.flows.create.mutate({ slug: "default-authentication-flow", name: "Again", designation: "authentication" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.data.fieldErrors).toEqual({ slug: ["A flow with this slug already exists."] });
  });
});

describe("stages", () => {
  it("checks settings against the stage's type, under settings.<path>", async () => {
    const admin = app.admin().api;
    const stage = await admin.stages.create.mutate({ name: "settings-email", type: "email", settings: {} });
    expect(stage.settings).toEqual({ subject: "Reset your password", tokenExpiryMinutes: 30, template: "recovery" });
    const error = await errorOf(admin.stages.update.mutate({ id: stage.id, settings: { subject: "", tokenExpiryMinutes: 0 } }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("settings.subject: The subject may not be blank.");
    expect(error.data.fieldErrors).toEqual({ "settings.subject": ["The subject may not be blank."], "settings.tokenExpiryMinutes": ["The link must be valid for at least a minute."] });
    const updated = await admin.stages.update.mutate({ id: stage.id, name: "settings-email-renamed", settings: { subject: "Your link", tokenExpiryMinutes: 60 } });
    expect(updated).toMatchObject({ name: "settings-email-renamed", type: "email", settings: { subject: "Your link", tokenExpiryMinutes: 60, template: "recovery" }, flows: [] });
    expect((await admin.stages.list.query({ type: "email", search: "settings-email" })).items.map((item) => item.id)).toEqual([stage.id]);

    const conflict = await errorOf(admin.stages.create.mutate({ name: "settings-email-renamed", type: "password", settings: {} }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.data.fieldErrors).toEqual({ name: ["A stage with this name already exists."] });
    expect(await admin.stages.delete.mutate({ ids: [stage.id] })).toEqual({ deleted: 1 });
  });

  it("refuses to delete a stage bound to a flow, naming the flow", async () => {
    const admin = app.admin().api;
    const [stage] = (await admin.stages.list.query({ search: "default-authentication-password" })).items;
    const error = await errorOf(admin.stages.delete.mutate({ ids: [stage?.id ?? ""] }));
    expect(error.message).toBe('Stage "default-authentication-password" is bound to flow "default-authentication-flow". Remove it from that flow before deleting it.');
  });

  it("writes model events for what it changes", async () => {
    const admin = app.admin().api;
    const stage = await admin.stages.create.mutate({ name: "evented-stage", type: "password", settings: {} });
    const rows = await sql<{ action: string }>(app.database.fork(), "SELECT action FROM events WHERE context->>'pk' = ? ORDER BY created_at", [stage.id]);
    expect(rows.map((row) => row.action)).toEqual(["model_created"]);
  });
});
