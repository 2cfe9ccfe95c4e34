/**
 * Deny by default: every procedure of the router is called as an anonymous caller and as a
 * signed-in user with no roles. Only the procedures listed here may answer them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/router.js";
import { startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

/** Open to anyone: the login page and "who am I". */
const publicProcedures = new Set(["auth.me", "flows.execute", "flows.signUp"]);
/** Open to any signed-in user: their own session, account settings, notifications and applications. */
const selfServiceProcedures = new Set([
  "auth.logout",
  "auth.endImpersonation",
  "notifications.list",
  "notifications.markSeen",
  "notifications.delete",
  "applications.mine",
  "me.sessions",
  "me.signOutOtherSessions",
  "me.changePassword",
  "me.consents",
  "me.revokeConsents",
  "authenticators.mine",
  "authenticators.delete",
  "authenticators.rename",
  "exports.list",
  "exports.get",
  "exports.delete",
]);

// auth.logout ends the session the walk uses, so it goes last.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .map(([path, procedure]) => ({ path, type: procedure._def.type }))
  .sort((a, b) => Number(a.path === "auth.logout") - Number(b.path === "auth.logout"));

let app: TestApp;
let nobodyCookie: string;
beforeAll(async () => {
  app = await startTestApp();
  await createUserWithPassword(app, "nobody", "nobody-password");
  const nobody = await app.signedIn("nobody", "nobody-password");
  nobodyCookie = [...nobody.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
});
afterAll(() => app.close());

async function call(path: string, type: string, cookie?: string): Promise<string> {
  const headers: Record<string, string> = { origin: "http://localhost:9000", "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  const response =
    type === "query"
      ? await fetch(`${app.url}/trpc/${path}?input=${encodeURIComponent("{}")}`, { headers })
      : await fetch(`${app.url}/trpc/${path}`, { method: "POST", headers, body: "{}" });
  const body = (await response.json()) as { error?: { data?: { code?: string } } };
  return body.error?.data?.code ?? "OK";
}

describe("every procedure checks who is calling", () => {
  it("the router has procedures to walk", () => {
    expect(procedures.length).toBeGreaterThan(2);
  });

  it.each(procedures)("$path refuses an anonymous caller", async ({ path, type }) => {
    const code = await call(path, type);
    if (publicProcedures.has(path)) expect(code).not.toBe("UNAUTHORIZED");
    else expect(code).toBe("UNAUTHORIZED");
  });

  it.each(procedures)("$path refuses a signed-in user without roles", async ({ path, type }) => {
    const code = await call(path, type, nobodyCookie);
    if (publicProcedures.has(path) || selfServiceProcedures.has(path)) expect(code).not.toBe("FORBIDDEN");
    else expect(code).toBe("FORBIDDEN");
  });
});
