import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminPassword, adminToken, errorOf, signIn, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ROSTER_TRUSTED_PROXIES: "127.0.0.1" });
});
afterAll(() => app.close());

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.url}/trpc/${path}`, { headers });
  return { status: response.status, body: await response.json() };
}

describe("authentication", () => {
  it("auth.me returns the admin for the bootstrap API token", async () => {
    const { status, body } = await get("auth.me", { authorization: `Bearer ${adminToken}` });
    expect(status).toBe(200);
    expect(body).toMatchObject({ result: { data: { user: { username: "admin", isSuperuser: true }, original: null, permissions: ["*"] } } });
  });

  it("auth.me returns null without credentials, and for an unknown token", async () => {
    expect((await get("auth.me")).body).toEqual({ result: { data: null } });
    expect((await get("auth.me", { authorization: "Bearer nope" })).body).toEqual({ result: { data: null } });
  });

  it("a protected procedure answers UNAUTHORIZED without credentials", async () => {
    const response = await fetch(`${app.url}/trpc/auth.logout`, { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:9000" }, body: "{}" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { data: { code: "UNAUTHORIZED" } } });
  });

  it("signs in through the default authentication flow and out again, writing login and logout events", async () => {
    const browser = await app.signedIn("admin", adminPassword);
    expect(browser.cookies.has("roster_session")).toBe(true);
    expect((await browser.api.auth.me.query())?.user.username).toBe("admin");
    await browser.api.auth.logout.mutate();
    expect(await browser.api.auth.me.query()).toBeNull();
    const actions = await app.database.fork().execute<{ action: string }[]>("SELECT action FROM events WHERE username = 'admin' ORDER BY created_at");
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["login", "logout"]));
  });

  it("stores only a hash of the session cookie", async () => {
    const browser = await app.signedIn("admin", adminPassword);
    const cookie = browser.cookies.get("roster_session") ?? "";
    expect(cookie.length).toBeGreaterThanOrEqual(43);
    const rows = await app.database.fork().execute<{ n: number }[]>("SELECT count(*)::int AS n FROM sessions WHERE token_hash = ?", [cookie]);
    expect(rows[0]?.n).toBe(0);
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    const slug = "default-authentication-flow";
    const answers: unknown[] = [];
    for (const uid of ["admin", "no-such-user"]) {
      const browser = app.client({ forwardedFor: "10.9.9.9" });
      await browser.api.flows.execute.mutate({ slug });
      await browser.api.flows.execute.mutate({ slug, response: { uid } });
      const result = await browser.api.flows.execute.mutate({ slug, response: { password: "wrong-password" } });
      answers.push(result.type === "challenge" ? { component: result.component, error: result.error } : result);
    }
    expect(answers[0]).toEqual({ component: "password", error: "Invalid username or password." });
    expect(answers[1]).toEqual(answers[0]);
    const failures = await app.database.fork().execute<{ n: number }[]>("SELECT count(*)::int AS n FROM events WHERE action = 'login_failed'");
    expect(failures[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it("refuses a cookie mutation without the console's Origin", async () => {
    const browser = await app.signedIn("admin", adminPassword);
    browser.setOption({ origin: "https://evil.example" });
    const error = await errorOf(browser.api.auth.logout.mutate());
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("Cross-site request refused");
    browser.setOption({ origin: null });
    expect((await errorOf(browser.api.auth.logout.mutate())).code).toBe("FORBIDDEN");
  });
});

describe("login throttling", () => {
  it("ten wrong passwords lock the account for unknown browsers; a browser that signed in before still gets in from another address", async () => {
    const slug = "default-authentication-flow";
    await createUserWithPassword(app, "tess", "tess-password-1");
    const owner = await app.signedIn("tess", "tess-password-1", { forwardedFor: "198.51.100.20" });
    const attacker = app.client({ forwardedFor: "203.0.113.7" });
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await attacker.api.flows.execute.mutate({ slug, restart: true });
      await attacker.api.flows.execute.mutate({ slug, response: { uid: "tess" } });
      const answer = attacker.api.flows.execute.mutate({ slug, response: { password: `wrong-${attempt}` } });
      const result = await answer.catch(() => null);
      outcomes.push(result ? (result.type === "challenge" ? (result.error ?? "") : result.type) : (await errorOf(answer)).code);
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("Invalid username or password."));
    expect(outcomes.slice(10)).toEqual(["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);

    for (const address of ["203.0.113.7", "198.51.100.21"]) {
      const unknownBrowser = app.client({ forwardedFor: address });
      await unknownBrowser.api.flows.execute.mutate({ slug });
      await unknownBrowser.api.flows.execute.mutate({ slug, response: { uid: "tess" } });
      expect((await errorOf(unknownBrowser.api.flows.execute.mutate({ slug, response: { password: "tess-password-1" } }))).code).toBe("TOO_MANY_REQUESTS");
    }

    await signIn(owner, "tess", "tess-password-1");
    expect((await owner.api.auth.me.query())?.user.username).toBe("tess");
  });

  it("believes X-Forwarded-For only from a trusted proxy", async () => {
    const untrusted = await startTestApp();
    try {
      const slug = "default-authentication-flow";
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const browser = untrusted.client({ forwardedFor: `192.0.2.${attempt}` });
        await browser.api.flows.execute.mutate({ slug });
        await browser.api.flows.execute.mutate({ slug, response: { uid: "admin" } });
        await browser.api.flows.execute.mutate({ slug, response: { password: "wrong" } }).catch(() => undefined);
      }
      const rows = await untrusted.database.fork().execute<{ key: string }[]>("SELECT key FROM login_attempts WHERE kind = 'address'");
      expect(rows.map((row) => row.key)).toEqual(["127.0.0.1"]);
    } finally {
      await untrusted.close();
    }
  });
});
