/**
 * Recovery-email limits (SPEC §9.9): one per user per 5 minutes and 5 a day, whoever asks; the
 * anonymous requester always gets the same answer, and never invalidates a link an admin created.
 * A queued message is a row in mail_messages: no worker is needed to count them.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { errorOf, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

const blueprints = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/db/blueprints");
const slug = "default-recovery-flow";
const checkInbox = "If an account matches, we sent an email with a link to continue. Check your inbox.";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const admin = app.admin().api;
  const flow = await admin.flows.import.mutate({ yaml: fs.readFileSync(path.join(blueprints, "recovery-email-verification.yaml"), "utf8") });
  const brand = (await admin.brands.list.query({})).items.find((candidate) => candidate.default);
  await admin.brands.update.mutate({ id: brand?.id ?? "", flowRecovery: flow.id });
});
afterAll(() => app.close());

async function createUser(username: string): Promise<string> {
  return (await createUserWithPassword(app, username, `${username}-password-1`, { email: `${username}@example.com` })).id;
}

/** What an anonymous visitor sees after naming the account on the recovery flow. */
async function askForRecoveryEmail(uid: string): Promise<unknown> {
  const browser = app.client();
  await browser.api.flows.execute.mutate({ slug, restart: true });
  return browser.api.flows.execute.mutate({ slug, response: { uid } });
}

async function queuedTo(username: string): Promise<string[]> {
  const rows = await sql<{ text_body: string }>(app.database.fork(), "SELECT text_body FROM mail_messages WHERE to_address = ? ORDER BY created_at", [`${username}@example.com`]);
  return rows.map((row) => row.text_body);
}

/** Where a recovery link leads a fresh browser: the flow's next challenge, or a denial. */
async function follow(link: string): Promise<unknown> {
  const token = new URL(link).searchParams.get("token") ?? "";
  return app.client().api.flows.execute.mutate({ slug, token });
}

function linkIn(body: string): string {
  return /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(body)?.[0] ?? "";
}

const usable = { type: "challenge", component: "prompt" };
const refused = { type: "denied", message: "This link has expired or was already used." };

describe("anonymous recovery requests", () => {
  it("five requests in a row queue one email, answer alike, and leave the link an admin created working", async () => {
    const userId = await createUser("rhea");
    const { link } = await app.admin().api.users.createRecoveryLink.mutate({ id: userId });
    const answers = [];
    for (let request = 0; request < 5; request += 1) answers.push(await askForRecoveryEmail("rhea"));
    expect(answers).toEqual(Array(5).fill(expect.objectContaining({ type: "challenge", component: "email", message: checkInbox })));
    expect(await queuedTo("rhea")).toHaveLength(1);
    expect(await follow(link)).toMatchObject(usable);
  });

  it("an unknown name gets the same answer and queues nothing", async () => {
    const before = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM mail_messages");
    expect(await askForRecoveryEmail("nobody-by-that-name")).toMatchObject({ type: "challenge", component: "email", message: checkInbox });
    expect(await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM mail_messages")).toEqual(before);
  });
});

describe("users.sendRecoveryEmail", () => {
  it("within the interval it is refused with TOO_MANY_REQUESTS, and the anonymous path counts on the same limit", async () => {
    const userId = await createUser("remy");
    const admin = app.admin().api.users;
    await admin.sendRecoveryEmail.mutate({ id: userId });
    expect(await errorOf(admin.sendRecoveryEmail.mutate({ id: userId }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "A recovery email was sent to this user less than 5 minutes ago.",
    });
    await askForRecoveryEmail("remy");
    expect(await queuedTo("remy")).toHaveLength(1);
  });

  it("past the daily limit it is refused, naming the limit", async () => {
    const userId = await createUser("dana");
    const admin = app.admin().api.users;
    await sql(app.database.fork(), "UPDATE settings SET recovery_email_interval_seconds = 0");
    try {
      for (let email = 0; email < 5; email += 1) await admin.sendRecoveryEmail.mutate({ id: userId });
      expect(await errorOf(admin.sendRecoveryEmail.mutate({ id: userId }))).toMatchObject({
        code: "TOO_MANY_REQUESTS",
        message: "This user was already sent 5 recovery emails in the last 24 hours, the daily limit.",
      });
      expect(await queuedTo("dana")).toHaveLength(5);
    } finally {
      await sql(app.database.fork(), "UPDATE settings SET recovery_email_interval_seconds = 300");
    }
  });
});

describe("recovery keys", () => {
  it("a new admin link replaces the previous admin link but not an emailed key", async () => {
    const userId = await createUser("omar");
    const admin = app.admin().api.users;
    await admin.sendRecoveryEmail.mutate({ id: userId });
    const first = await admin.createRecoveryLink.mutate({ id: userId });
    const second = await admin.createRecoveryLink.mutate({ id: userId });
    expect(await follow(first.link)).toEqual(refused);
    const [emailed = ""] = await queuedTo("omar");
    expect(await follow(linkIn(emailed))).toMatchObject(usable);
    expect(await follow(second.link)).toEqual(refused);
  });

  it("using one key consumes all of the user's keys", async () => {
    const userId = await createUser("pia");
    const admin = app.admin().api.users;
    const { link } = await admin.createRecoveryLink.mutate({ id: userId });
    await admin.sendRecoveryEmail.mutate({ id: userId });
    const [emailed = ""] = await queuedTo("pia");
    expect(await follow(link)).toMatchObject(usable);
    expect(await follow(linkIn(emailed))).toEqual(refused);
  });
});
