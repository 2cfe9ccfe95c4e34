import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("events.list", () => {
  it("lists the events every directory mutation writes, newest first, with filters and pages", async () => {
    const admin = app.admin().api;
    const role = await admin.roles.create.mutate({ name: "audited-role" });
    await admin.roles.assignPermission.mutate({ roleId: role.id, permission: "view_user" });
    const group = await admin.groups.create.mutate({ name: "audited-group", roles: [role.id] });
    await admin.groups.update.mutate({ id: group.id, name: "audited-group-renamed" });
    await admin.groups.delete.mutate({ ids: [group.id] });
    await admin.roles.delete.mutate({ ids: [role.id] });

    const { items } = await admin.events.list.query({ limit: 100 });
    const model = items
      .filter((event) => event.context.pk === role.id || event.context.pk === group.id)
      .map((event) => [event.action, event.context.model, event.context.name])
      .reverse();
    expect(model).toEqual([
      ["model_created", "role", "audited-role"],
      ["model_updated", "role", "audited-role"],
      ["model_created", "group", "audited-group"],
      ["model_updated", "group", "audited-group-renamed"],
      ["model_deleted", "group", "audited-group-renamed"],
      ["model_deleted", "role", "audited-role"],
    ]);
    const renamed = items.find((event) => event.action === "model_updated" && event.context.pk === group.id);
    expect(renamed?.context.changes).toEqual({ name: { from: "audited-group", to: "audited-group-renamed" } });
    expect(renamed?.user?.username).toBe("admin");

    const deletions = await admin.events.list.query({ action: "model_deleted", limit: 1 });
    expect(deletions.items).toHaveLength(1);
    const next = await admin.events.list.query({ action: "model_deleted", limit: 1, cursor: deletions.nextCursor });
    expect(next.items.map((event) => event.context.pk)).toEqual([group.id]);
  });

  it("refuses a bad cursor with a field error", async () => {
    const error = await errorOf(app.admin().api.events.list.query({ cursor: "nope" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", data: { fieldErrors: { cursor: ["This cursor is not valid for this list. Start again from the first page."] } } });
  });
});
