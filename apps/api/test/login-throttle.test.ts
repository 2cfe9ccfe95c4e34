/** Sign-in throttling (SPEC §9.8): per account and per address, checked and counted in one statement, with device cookies. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@roster/db/testing";
import { adminPassword, errorOf, signIn, startTestApp, type TestApp, type TestClient } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

const slug = "default-authentication-flow";
const invalid = "Invalid username or password.";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ROSTER_TRUSTED_PROXIES: "127.0.0.1" });
});
afterAll(() => app.close());

/** A browser that has named the account and now stands at the password stage. */
async function atPasswordStage(uid: string, address: string, browser: TestClient = app.client({ forwardedFor: address })): Promise<TestClient> {
  browser.setOption({ forwardedFor: address });
  await browser.api.flows.execute.mutate({ slug, restart: true });
  await browser.api.flows.execute.mutate({ slug, response: { uid } });
  return browser;
}

/** The password stage's error, "redirect" when signed in, or the tRPC error code. */
async function submitPassword(browser: TestClient, password: string): Promise<string> {
  const answer = browser.api.flows.execute.mutate({ slug, response: { password } });
  const result = await answer.catch(() => null);
  if (!result) return (await errorOf(answer)).code;
  return result.type === "challenge" ? (result.error ?? "") : result.type;
}

async function failedLogins(userId: string): Promise<number> {
  const rows = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM events WHERE action = 'login_failed' AND target_user_id = ?", [userId]);
  return rows[0]?.n ?? 0;
}

describe("sign-in throttling", () => {
  it("thirty simultaneous wrong passwords for one account reach the password check at most ten times", async () => {
    const user = await createUserWithPassword(app, "concurrent", "concurrent-password-1");
    const browsers = await Promise.all(Array.from({ length: 30 }, (_, index) => atPasswordStage("concurrent", `192.0.2.${index + 1}`)));
    const outcomes = await Promise.all(browsers.map((browser, index) => submitPassword(browser, `wrong-${index}`)));
    expect(outcomes.filter((outcome) => outcome === invalid)).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === "TOO_MANY_REQUESTS")).toHaveLength(20);
    expect(await failedLogins(user.id)).toBe(10);
  });

  it("a username and the same user's email share one counter", async () => {
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const uid = attempt % 2 === 0 ? "admin" : "admin@example.com";
      outcomes.push(await submitPassword(await atPasswordStage(uid, `198.51.100.${attempt + 1}`), `wrong-${attempt}`));
    }
    expect(outcomes).toEqual([...Array<string>(10).fill(invalid), "TOO_MANY_REQUESTS"]);
    expect(await submitPassword(await atPasswordStage("admin@example.com", "198.51.100.99"), adminPassword)).toBe("TOO_MANY_REQUESTS");
  });

  it("failures from ten addresses lock out an unknown browser but not one holding a device cookie from an earlier sign-in", async () => {
    await createUserWithPassword(app, "dora", "dora-password-1");
    const owner = await app.signedIn("dora", "dora-password-1", { forwardedFor: "198.18.0.1" });
    expect(owner.cookies.has("roster_device")).toBe(true);
    for (let address = 1; address <= 10; address += 1) {
      expect(await submitPassword(await atPasswordStage("dora", `203.0.113.${address}`), "wrong")).toBe(invalid);
    }
    expect(await submitPassword(await atPasswordStage("dora", "198.18.0.2"), "dora-password-1")).toBe("TOO_MANY_REQUESTS");
    expect(await submitPassword(await atPasswordStage("dora", "198.18.0.3", owner), "dora-password-1")).toBe("redirect");
  });

  it("a device cookie counts on its own: ten wrong passwords from it lock that browser only", async () => {
    await createUserWithPassword(app, "finn", "finn-password-1");
    const owner = await app.signedIn("finn", "finn-password-1", { forwardedFor: "198.18.1.1" });
    for (let attempt = 0; attempt < 10; attempt += 1) expect(await submitPassword(await atPasswordStage("finn", "198.18.1.1", owner), "wrong")).toBe(invalid);
    expect(await submitPassword(await atPasswordStage("finn", "198.18.1.1", owner), "finn-password-1")).toBe("TOO_MANY_REQUESTS");
    expect(await submitPassword(await atPasswordStage("finn", "198.18.1.2"), "finn-password-1")).toBe("redirect");
  });

  it("a device cookie issued for another user, or altered, exempts nobody", async () => {
    await createUserWithPassword(app, "gail", "gail-password-1");
    await createUserWithPassword(app, "hugo", "hugo-password-1");
    const gailsBrowser = await app.signedIn("gail", "gail-password-1", { forwardedFor: "198.18.2.1" });
    const gailsCookie = gailsBrowser.cookies.get("roster_device") ?? "";
    for (let address = 1; address <= 10; address += 1) await submitPassword(await atPasswordStage("hugo", `203.0.114.${address}`), "wrong");

    const borrowed = app.client();
    borrowed.cookies.set("roster_device", gailsCookie);
    expect(await submitPassword(await atPasswordStage("hugo", "198.18.2.2", borrowed), "hugo-password-1")).toBe("TOO_MANY_REQUESTS");
    const [hugosId] = await sql<{ id: string }>(app.database.fork(), "SELECT id FROM users WHERE username = 'hugo'");
    const [, nonce] = gailsCookie.split(".");
    const forged = app.client();
    forged.cookies.set("roster_device", `${hugosId?.id}.${nonce}.${"A".repeat(43)}`);
    expect(await submitPassword(await atPasswordStage("hugo", "198.18.2.3", forged), "hugo-password-1")).toBe("TOO_MANY_REQUESTS");
  });

  it("fifty failures from one address lock that address for unknown browsers, whichever account they name", async () => {
    await createUserWithPassword(app, "mona", "mona-password-1");
    for (let attempt = 0; attempt < 50; attempt += 1) expect(await submitPassword(await atPasswordStage(`guess-${attempt}`, "192.0.2.200"), "wrong")).toBe(invalid);
    expect(await submitPassword(await atPasswordStage("mona", "192.0.2.200"), "mona-password-1")).toBe("TOO_MANY_REQUESTS");
    expect(await submitPassword(await atPasswordStage("mona", "192.0.2.201"), "mona-password-1")).toBe("redirect");
  });

  it("an unknown username is throttled like a known one", async () => {
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) outcomes.push(await submitPassword(await atPasswordStage("nobody-at-all", `198.51.101.${attempt + 1}`), "wrong"));
    expect(outcomes).toEqual([...Array<string>(10).fill(invalid), "TOO_MANY_REQUESTS"]);
  });

  it("successful sign-ins give their attempt back: twelve in a row from unknown browsers all succeed", async () => {
    await createUserWithPassword(app, "ivy", "ivy-password-1");
    for (let attempt = 0; attempt < 12; attempt += 1) {
      expect(await submitPassword(await atPasswordStage("ivy", "198.18.3.1"), "ivy-password-1")).toBe("redirect");
    }
  });

  it("login_failed keeps the typed name only when it names a user", async () => {
    const user = await createUserWithPassword(app, "jude", "jude-password-1");
    await submitPassword(await atPasswordStage("jude", "198.18.4.1"), "wrong");
    await submitPassword(await atPasswordStage("not-jude-but-a-password", "198.18.4.1"), "wrong");
    const rows = await sql<{ target_user_id: string | null; context: Record<string, unknown> }>(
      app.database.fork(),
      "SELECT target_user_id, context FROM events WHERE action = 'login_failed' AND client_ip = '198.18.4.1' ORDER BY created_at",
    );
    expect(rows).toEqual([
      { target_user_id: user.id, context: { username: "jude" } },
      { target_user_id: null, context: {} },
    ]);
  });
});

describe("device cookies", () => {
  it("a browser keeps the device cookie of the user who signed in last", async () => {
    await createUserWithPassword(app, "lena", "lena-password-1");
    const kim = await createUserWithPassword(app, "kim", "kim-password-1");
    const browser = await app.signedIn("lena", "lena-password-1", { forwardedFor: "198.18.5.1" });
    await signIn(browser, "kim", "kim-password-1");
    expect(browser.cookies.get("roster_device")?.split(".")[0]).toBe(kim.id);
  });
});
