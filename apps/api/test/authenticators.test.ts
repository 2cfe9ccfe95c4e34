/**
 * MFA authenticators (SPEC §12), driven through `flows.execute` as the console drives them:
 * TOTP and recovery-code setup, the second factor at sign-in, replay and single use, the sign-in
 * throttle, removal by the owner and by admins (trust rules), and "require MFA".
 */
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { adminPassword, errorOf, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { delegatedAdmin } from "./support/grants.js";
import { createUserWithPassword } from "./support/users.js";

const loginFlow = "default-authentication-flow";
const totpSetup = "default-authenticator-totp-setup";
const staticSetup = "default-authenticator-static-setup";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const now = () => Math.floor(Date.now() / 1000);

/** Identification and password; returns what the flow asks next. */
async function startSignIn(client: TestClient, username: string, password: string) {
  await client.api.flows.execute.mutate({ slug: loginFlow, restart: true });
  await client.api.flows.execute.mutate({ slug: loginFlow, response: { uid: username } });
  return client.api.flows.execute.mutate({ slug: loginFlow, response: { password } });
}

/** A signed-in user with a confirmed TOTP device; returns the seed. */
async function userWithTotp(username: string, password: string): Promise<{ id: string; browser: TestClient; secret: string }> {
  const user = await createUserWithPassword(app, username, password);
  const browser = await app.signedIn(username, password);
  const challenge = await browser.api.flows.execute.mutate({ slug: totpSetup });
  const secret = challenge.type === "challenge" ? (challenge.secret ?? "") : "";
  expect(await browser.api.flows.execute.mutate({ slug: totpSetup, response: { code: generateSync({ secret, epoch: now() }) } })).toMatchObject({ type: "redirect" });
  return { id: user.id, browser, secret };
}

async function loginEvents(userId: string): Promise<Record<string, unknown>[]> {
  const rows = await sql<{ context: Record<string, unknown> }>(app.database.fork(), "SELECT context FROM events WHERE target_user_id = ? AND action = 'login' ORDER BY created_at", [userId]);
  return rows.map((row) => row.context);
}

describe("TOTP", () => {
  it("enrols with a code from otplib; sign-in then asks for authenticator_validate, retries a wrong code, refuses a code reused in its step", async () => {
    const user = await createUserWithPassword(app, "mfa-totp", "mfa-totp-password-1");
    const browser = await app.signedIn("mfa-totp", "mfa-totp-password-1");

    const setup = await browser.api.flows.execute.mutate({ slug: totpSetup });
    expect(setup).toMatchObject({ type: "challenge", component: "authenticator_totp" });
    const secret = setup.type === "challenge" ? (setup.secret ?? "") : "";
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.type === "challenge" ? setup.configUrl : "").toMatch(new RegExp(`^otpauth://totp/.*secret=${secret}`));
    const wrong = await browser.api.flows.execute.mutate({ slug: totpSetup, response: { code: "000000" === generateSync({ secret, epoch: now() }) ? "111111" : "000000" } });
    expect(wrong).toMatchObject({ type: "challenge", component: "authenticator_totp", secret, error: "The code does not match. Check the time on your device and try again." });
    const setupCode = generateSync({ secret, epoch: now() });
    expect(await browser.api.flows.execute.mutate({ slug: totpSetup, response: { code: setupCode } })).toMatchObject({ type: "redirect" });
    expect((await browser.api.authenticators.mine.query()).items).toMatchObject([{ type: "totp", name: "Authenticator app", confirmed: true }]);

    const other = app.client();
    const asked = await startSignIn(other, "mfa-totp", "mfa-totp-password-1");
    expect(asked).toMatchObject({ type: "challenge", component: "authenticator_validate", deviceChallenges: [{ deviceClass: "totp" }] });
    const retried = await other.api.flows.execute.mutate({ slug: loginFlow, response: { code: "12345" } });
    expect(retried).toMatchObject({ type: "challenge", component: "authenticator_validate", error: "The code is not valid, or was already used. Try again." });
    const reused = await other.api.flows.execute.mutate({ slug: loginFlow, response: { code: setupCode } });
    expect(reused).toMatchObject({ type: "challenge", component: "authenticator_validate", error: "The code is not valid, or was already used. Try again." });
    expect(await other.api.auth.me.query()).toBeNull();

    const nextStepCode = generateSync({ secret, epoch: now() + 30 });
    expect(await other.api.flows.execute.mutate({ slug: loginFlow, response: { code: nextStepCode } })).toMatchObject({ type: "redirect" });
    expect((await other.api.auth.me.query())?.user.username).toBe("mfa-totp");
    expect((await loginEvents(user.id)).at(-1)).toMatchObject({ flow: loginFlow, amr: ["pwd", "otp"] });

    const third = app.client();
    await startSignIn(third, "mfa-totp", "mfa-totp-password-1");
    expect(await third.api.flows.execute.mutate({ slug: loginFlow, response: { code: nextStepCode } })).toMatchObject({ type: "challenge", error: "The code is not valid, or was already used. Try again." });
  });

  it("keeps the seed sealed at rest and out of the events", async () => {
    const { id, secret } = await userWithTotp("mfa-sealed", "mfa-sealed-password-1");
    const rows = await sql<{ row: string }>(app.database.fork(), "SELECT a::text AS row FROM authenticators a WHERE user_id = ?", [id]);
    expect(rows[0]?.row).not.toContain(secret);
    const events = await sql<{ context: string }>(app.database.fork(), "SELECT context::text FROM events WHERE target_user_id = ?", [id]);
    expect(events.some((event) => event.context.includes(secret))).toBe(false);
  });

  it("counts wrong codes in the sign-in throttle", async () => {
    await userWithTotp("mfa-throttle", "mfa-throttle-password-1");
    const guesser = app.client();
    await startSignIn(guesser, "mfa-throttle", "mfa-throttle-password-1");
    const answers: string[] = [];
    for (let guess = 0; guess < 11; guess++) {
      const call = guesser.api.flows.execute.mutate({ slug: loginFlow, response: { code: `99999${guess % 10}` } });
      answers.push(await call.then((result) => result.type, async () => (await errorOf(call)).code));
    }
    expect(answers.slice(0, 10).every((answer) => answer === "challenge")).toBe(true);
    expect(answers[10]).toBe("TOO_MANY_REQUESTS");
  });
});

describe("recovery codes", () => {
  it("shows ten codes once; a code works once at sign-in", async () => {
    const { id, browser } = await userWithTotp("mfa-static", "mfa-static-password-1");
    const shown = await browser.api.flows.execute.mutate({ slug: staticSetup });
    expect(shown).toMatchObject({ type: "challenge", component: "authenticator_static" });
    const codes = shown.type === "challenge" ? (shown.codes ?? []) : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await browser.api.flows.execute.mutate({ slug: staticSetup, response: {} })).toMatchObject({ type: "redirect" });
    const stored = await sql<{ row: string }>(app.database.fork(), "SELECT c::text AS row FROM authenticator_recovery_codes c JOIN authenticators a ON a.id = c.authenticator_id WHERE a.user_id = ?", [id]);
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => codes.some((code) => row.row.includes(code) || row.row.includes(code.replace("-", ""))))).toBe(false);

    const first = app.client();
    expect(await startSignIn(first, "mfa-static", "mfa-static-password-1")).toMatchObject({ deviceChallenges: [{ deviceClass: "totp" }, { deviceClass: "static" }] });
    expect(await first.api.flows.execute.mutate({ slug: loginFlow, response: { code: codes[0] ?? "" } })).toMatchObject({ type: "redirect" });

    const second = app.client();
    await startSignIn(second, "mfa-static", "mfa-static-password-1");
    expect(await second.api.flows.execute.mutate({ slug: loginFlow, response: { code: codes[0] ?? "" } })).toMatchObject({ type: "challenge", error: "The code is not valid, or was already used. Try again." });
    expect(await second.api.flows.execute.mutate({ slug: loginFlow, response: { code: (codes[1] ?? "").toUpperCase() } })).toMatchObject({ type: "redirect" });
  });
});

describe("removing devices", () => {
  it("after authenticators.delete by the owner the next sign-in does not ask; model_deleted names the device and user", async () => {
    const { id, browser } = await userWithTotp("mfa-remove", "mfa-remove-password-1");
    const [device] = (await browser.api.authenticators.mine.query()).items;
    expect(await browser.api.authenticators.rename.mutate({ id: device?.id ?? "", name: "  Work phone " })).toMatchObject({ name: "Work phone" });
    const blank = await errorOf(browser.api.authenticators.rename.mutate({ id: device?.id ?? "", name: "  " }));
    expect(blank).toMatchObject({ code: "BAD_REQUEST", data: { fieldErrors: { name: ["This field may not be blank."] } } });

    expect(await browser.api.authenticators.delete.mutate({ ids: [device?.id ?? ""] })).toEqual({ deleted: 1 });
    expect(await startSignIn(app.client(), "mfa-remove", "mfa-remove-password-1")).toMatchObject({ type: "redirect" });
    const events = await sql<{ context: Record<string, unknown> }>(app.database.fork(), "SELECT context FROM events WHERE target_user_id = ? AND action = 'model_deleted'", [id]);
    expect(events.map((event) => event.context)).toEqual([{ model: "authenticator", pk: device?.id, name: "Work phone", type: "totp", user: { id, username: "mfa-remove" } }]);
  });

  it("an admin lists and removes a user's devices; a non-super-user cannot touch a super-user's", async () => {
    const { id } = await userWithTotp("mfa-admin-target", "mfa-admin-target-password-1");
    const helpdesk = await delegatedAdmin(app, "mfa-helpdesk", () => [{ codename: "view_user" }, { codename: "change_user" }]);
    const { items } = await helpdesk.client.api.users.authenticators.query({ userId: id });
    expect(items).toMatchObject([{ type: "totp", confirmed: true }]);
    expect(items[0]?.lastUsed).not.toBeNull();

    const admin = await app.signedIn("admin", adminPassword);
    const adminId = (await admin.api.auth.me.query())?.user.id ?? "";
    const adminTotp = await admin.api.flows.execute.mutate({ slug: totpSetup });
    const adminSecret = adminTotp.type === "challenge" ? (adminTotp.secret ?? "") : "";
    await admin.api.flows.execute.mutate({ slug: totpSetup, response: { code: generateSync({ secret: adminSecret, epoch: now() }) } });
    const [adminDevice] = (await admin.api.users.authenticators.query({ userId: adminId })).items;
    const refused = await errorOf(helpdesk.client.api.authenticators.delete.mutate({ ids: [adminDevice?.id ?? ""] }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "Only a super-user can change a super-user." });
    expect((await errorOf(helpdesk.client.api.authenticators.rename.mutate({ id: adminDevice?.id ?? "", name: "mine now" }))).code).toBe("FORBIDDEN");

    const nobody = await delegatedAdmin(app, "mfa-nobody", () => []);
    expect((await errorOf(nobody.client.api.authenticators.delete.mutate({ ids: [items[0]?.id ?? ""] }))).code).toBe("FORBIDDEN");
    expect((await errorOf(nobody.client.api.users.authenticators.query({ userId: id }))).code).toBe("FORBIDDEN");

    expect(await helpdesk.client.api.authenticators.delete.mutate({ ids: [items[0]?.id ?? ""] })).toEqual({ deleted: 1 });
    const [event] = await sql<{ username: string; context: Record<string, unknown> }>(app.database.fork(), "SELECT username, context FROM events WHERE target_user_id = ? AND action = 'model_deleted'", [id]);
    expect(event).toMatchObject({ username: "mfa-helpdesk", context: { model: "authenticator", name: "Authenticator app", user: { username: "mfa-admin-target" } } });
    await admin.api.authenticators.delete.mutate({ ids: [adminDevice?.id ?? ""] });
  });
});

describe("when a user has no device", () => {
  async function setValidateAction(notConfiguredAction: "skip" | "deny" | "configure") {
    const admin = app.admin().api;
    const [stage] = (await admin.stages.list.query({ type: "authenticator_validate" })).items;
    await admin.stages.update.mutate({ id: stage?.id ?? "", settings: { ...stage?.settings, notConfiguredAction } });
  }

  it("require MFA (configure) sets up TOTP before the session is created; deny refuses", async () => {
    await createUserWithPassword(app, "mfa-required", "mfa-required-password-1");
    await setValidateAction("configure");
    try {
      const browser = app.client();
      const setup = await startSignIn(browser, "mfa-required", "mfa-required-password-1");
      expect(setup).toMatchObject({ type: "challenge", component: "authenticator_totp" });
      expect(await browser.api.auth.me.query()).toBeNull();
      const secret = setup.type === "challenge" ? (setup.secret ?? "") : "";
      expect(await browser.api.flows.execute.mutate({ slug: loginFlow, response: { code: generateSync({ secret, epoch: now() }) } })).toMatchObject({ type: "redirect" });
      expect((await browser.api.authenticators.mine.query()).items).toMatchObject([{ type: "totp", confirmed: true }]);

      await createUserWithPassword(app, "mfa-denied", "mfa-denied-password-1");
      await setValidateAction("deny");
      expect(await startSignIn(app.client(), "mfa-denied", "mfa-denied-password-1")).toMatchObject({ type: "denied", message: "This account has no authenticator for this sign-in. Contact your administrator." });
    } finally {
      await setValidateAction("skip");
    }
  });

  it("a setup flow refuses a visitor who is not signed in", async () => {
    expect(await app.client().api.flows.execute.mutate({ slug: totpSetup })).toEqual({ type: "denied", message: "Sign in first to set up an authenticator." });
  });
});

describe("the MFA stages in blueprints", () => {
  it("imports a sign-in flow that requires MFA, and names a bad setting with its line", async () => {
    const flow = (action: string) =>
      `version: 1\nflow:\n  slug: mfa-required-login\n  name: MFA required\n  designation: authentication\nstages:\n  - name: mfa-required-validate\n    type: authenticator_validate\n    settings:\n      deviceClasses: [totp, webauthn]\n      notConfiguredAction: ${action}\n`;
    const refused = await errorOf(app.admin().api.flows.import.mutate({ yaml: flow("sometimes") }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("stages[0].settings.notConfiguredAction");
    expect(refused.message).toContain("(line 11)");

    const imported = await app.admin().api.flows.import.mutate({ yaml: flow("configure") });
    expect(imported.slug).toBe("mfa-required-login");
    const [stage] = (await app.admin().api.stages.list.query({ search: "mfa-required-validate" })).items;
    expect(stage?.settings).toEqual({ deviceClasses: ["totp", "webauthn"], notConfiguredAction: "configure", configureDeviceClass: "totp" });
  });
});
