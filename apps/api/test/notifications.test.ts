/**
 * The notification bell: each user reads, marks and deletes only their own notifications, and a
 * notification with a dedupe key is written once however often its job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNotification } from "@roster/db";
import { sql } from "@roster/db/testing";
import { startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
let ann: { id: string; client: TestClient };
let ben: { id: string; client: TestClient };
beforeAll(async () => {
  app = await startTestApp();
  const password = "notified-password-1";
  const annUser = await createUserWithPassword(app, "notified-ann", password);
  const benUser = await createUserWithPassword(app, "notified-ben", password);
  ann = { id: annUser.id, client: await app.signedIn("notified-ann", password) };
  ben = { id: benUser.id, client: await app.signedIn("notified-ben", password) };
});
afterAll(() => app.close());

async function notify(userId: string, body: string, extra: { dedupeKey?: string } = {}): Promise<void> {
  await createNotification(app.database.fork(), { userId, body, ...extra });
}

describe("notifications", () => {
  it("lists only the caller's own, newest first by keyset, with the unseen count", async () => {
    for (const body of ["first", "second", "third"]) await notify(ann.id, body);
    await notify(ben.id, "for ben");
    const first = await ann.client.api.notifications.list.query({ limit: 2 });
    expect(first.items.map((item) => item.body)).toEqual(["third", "second"]);
    expect(first.unseen).toBe(3);
    expect(first.items[0]).toMatchObject({ severity: "notice", seen: false, link: null, eventId: null });
    const second = await ann.client.api.notifications.list.query({ limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [{ body: "first" }], nextCursor: null, unseen: 3 });
    expect((await ben.client.api.notifications.list.query({})).items.map((item) => item.body)).toEqual(["for ben"]);
  });

  it("marks the given ones seen, or all of them without ids, never another user's", async () => {
    const items = (await ann.client.api.notifications.list.query({})).items;
    const benItem = (await ben.client.api.notifications.list.query({})).items[0];
    expect(await ann.client.api.notifications.markSeen.mutate({ ids: [items[0]?.id ?? "", benItem?.id ?? ""] })).toEqual({ updated: 1 });
    expect((await ann.client.api.notifications.list.query({})).unseen).toBe(2);
    expect(await ann.client.api.notifications.markSeen.mutate({})).toEqual({ updated: 2 });
    expect((await ann.client.api.notifications.list.query({})).unseen).toBe(0);
    expect((await ben.client.api.notifications.list.query({})).unseen).toBe(1);
  });

  it("deletes only the caller's own", async () => {
    const items = (await ann.client.api.notifications.list.query({})).items;
    const benItem = (await ben.client.api.notifications.list.query({})).items[0];
    expect(await ann.client.api.notifications.delete.mutate({ ids: [items[0]?.id ?? "", benItem?.id ?? ""] })).toEqual({ deleted: 1 });
    expect((await ann.client.api.notifications.list.query({})).items).toHaveLength(2);
    expect((await ben.client.api.notifications.list.query({})).items).toHaveLength(1);
  });

  it("writes a notification with a dedupe key once", async () => {
    await notify(ben.id, "once", { dedupeKey: "test:once" });
    await notify(ben.id, "once", { dedupeKey: "test:once" });
    const rows = await sql(app.database.fork(), "SELECT body FROM notifications WHERE dedupe_key = 'test:once'");
    expect(rows).toEqual([{ body: "once" }]);
  });

  it("refuses an anonymous caller", async () => {
    await expect(app.client().api.notifications.list.query({})).rejects.toThrow(/Sign in/);
  });
});
