/**
 * Recovery end to end: a real SMTP server receives the email the real worker sends; the link is
 * followed through flows.execute; the new password works, the old one and the old sessions don't.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, newId } from "@roster/db";
import { sql, User } from "@roster/db/testing";
import type { TestClient } from "@roster/api/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { linkIn, startMailbox, type Mailbox } from "../src/mailbox.js";
import { useRecoveryFlow } from "../src/recovery-setup.js";

let environment: Environment;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
  environment = await startEnvironment({ worker: true, smtpUrl: mailbox.server.url });
});
afterAll(async () => {
  await environment.close();
  await mailbox.close();
});

async function createUser(username: string, email: string, password: string): Promise<string> {
  const em = environment.app.database.fork();
  const user = em.create(User, { id: newId(), username, email });
  user.passwordHash = await hashPassword(password);
  await em.flush();
  return user.id;
}

/** Follows a recovery link in a fresh browser and sets a new password. */
async function recoverThrough(link: string, newPassword: string): Promise<TestClient> {
  const url = new URL(link);
  const slug = decodeURIComponent(url.pathname.replace("/flow/", ""));
  const token = url.searchParams.get("token") ?? "";
  const browser = environment.app.client();
  const first = await browser.api.flows.execute.mutate({ slug, token });
  expect(first).toMatchObject({ type: "challenge", component: "prompt" });
  const mismatch = await browser.api.flows.execute.mutate({ slug, response: { password: newPassword, password_repeat: `${newPassword}x` } });
  expect(mismatch).toMatchObject({ type: "challenge", component: "prompt", fieldErrors: { password_repeat: ["The passwords do not match."] } });
  const weak = await browser.api.flows.execute.mutate({ slug, response: { password: "short", password_repeat: "short" } });
  expect(weak).toMatchObject({ fieldErrors: { password: ["The password must be at least 8 characters long."] } });
  const done = await browser.api.flows.execute.mutate({ slug, response: { password: newPassword, password_repeat: newPassword } });
  expect(done).toEqual({ type: "redirect", to: "/" });
  return browser;
}

describe("recovery email", () => {
  it("imports the example flow, emails a link, and the link sets a new password and signs the user in", async () => {
    const { slug } = await useRecoveryFlow(environment.app.admin(), "recovery-email-verification.yaml");
    const userId = await createUser("rita", "rita@example.com", "old-password-1");
    const otherSession = await environment.app.signedIn("rita", "old-password-1");

    await environment.app.admin().api.users.sendRecoveryEmail.mutate({ id: userId });
    const [message] = await mailbox.waitForMessages(1);
    expect(message?.to && "text" in message.to ? message.to.text : "").toContain("rita@example.com");
    expect(message?.subject).toBe("Reset your password");
    const link = linkIn(message ?? ({} as never));
    expect(link).toContain(`/flow/${slug}?token=`);

    const browser = await recoverThrough(link, "new-password-22");
    expect((await browser.api.auth.me.query())?.user.username).toBe("rita");
    expect(await otherSession.api.auth.me.query()).toBeNull();
    await expect(environment.app.signedIn("rita", "old-password-1")).rejects.toThrow(/failed/);
    expect((await (await environment.app.signedIn("rita", "new-password-22")).api.auth.me.query())?.user.username).toBe("rita");

    const em = environment.app.database.fork();
    const events = await sql<{ action: string }>(em, "SELECT action FROM events WHERE target_user_id = ? ORDER BY created_at", [userId]);
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(["recovery_link_created", "password_set", "login"]));
    const token = new URL(link).searchParams.get("token") ?? "";
    const leaks = await sql<{ n: number }>(em, "SELECT count(*)::int AS n FROM events WHERE context::text LIKE ?", [`%${token}%`]);
    expect(leaks[0]?.n).toBe(0);
    const sent = await sql<{ status: string; text_body: string }>(em, "SELECT status, text_body FROM mail_messages");
    expect(sent).toEqual([{ status: "sent", text_body: "" }]);
  });

  it("the flow's own email stage sends the link to whoever names their account, without telling who exists", async () => {
    await createUser("sam", "sam@example.com", "sam-password-1");
    const before = mailbox.messages.length;
    const browser = environment.app.client();
    const slug = "default-recovery-flow";
    await browser.api.flows.execute.mutate({ slug });
    const known = await browser.api.flows.execute.mutate({ slug, response: { uid: "sam" } });
    const stranger = environment.app.client();
    await stranger.api.flows.execute.mutate({ slug });
    const unknown = await stranger.api.flows.execute.mutate({ slug, response: { uid: "nobody-here" } });
    expect(known).toMatchObject({ type: "challenge", component: "email" });
    expect(unknown).toMatchObject({ type: "challenge", component: "email", message: (known as { message?: string }).message });
    const messages = await mailbox.waitForMessages(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.messages).toHaveLength(before + 1);
    const recovered = await recoverThrough(linkIn(messages[before] ?? ({} as never)), "sam-new-password-1");
    expect((await recovered.api.auth.me.query())?.user.username).toBe("sam");
  });
});

describe("recovery links", () => {
  it("a created link works once; used again or expired it is refused", async () => {
    const userId = await createUser("lina", "", "lina-password-1");
    const admin = environment.app.admin();
    const { link, expiresAt } = await admin.api.users.createRecoveryLink.mutate({ id: userId });
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const browser = await recoverThrough(link, "lina-new-password");
    expect((await browser.api.auth.me.query())?.user.username).toBe("lina");

    const url = new URL(link);
    const slug = decodeURIComponent(url.pathname.replace("/flow/", ""));
    const again = await environment.app.client().api.flows.execute.mutate({ slug, token: url.searchParams.get("token") ?? "" });
    expect(again).toEqual({ type: "denied", message: "This link has expired or was already used." });

    const second = await admin.api.users.createRecoveryLink.mutate({ id: userId, tokenDuration: 60 });
    await sql(environment.app.database.fork(), "UPDATE api_tokens SET expires = now() - interval '1 second' WHERE user_id = ? AND intent = 'recovery'", [userId]);
    const expiredUrl = new URL(second.link);
    const expired = await environment.app.client().api.flows.execute.mutate({ slug, token: expiredUrl.searchParams.get("token") ?? "" });
    expect(expired).toEqual({ type: "denied", message: "This link has expired or was already used." });
  });

  it("a new link replaces the previous one", async () => {
    const userId = await createUser("otto", "", "otto-password-1");
    const admin = environment.app.admin();
    const first = await admin.api.users.createRecoveryLink.mutate({ id: userId });
    await admin.api.users.createRecoveryLink.mutate({ id: userId });
    const url = new URL(first.link);
    const result = await environment.app.client().api.flows.execute.mutate({ slug: decodeURIComponent(url.pathname.replace("/flow/", "")), token: url.searchParams.get("token") ?? "" });
    expect(result).toEqual({ type: "denied", message: "This link has expired or was already used." });
  });
});
