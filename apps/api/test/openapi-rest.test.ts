/**
 * A REST call under /api/v1 is its procedure: the same authentication, permission checks, CSRF
 * rule for cookie mutations, body limit and error shape as /trpc. Plus the API reference page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/router.js";
import { restRouteOf } from "../src/openapi/rest-route.js";
import { adminToken, startTestApp, type TestApp } from "../src/testing/index.js";
import { createUserWithPassword } from "./support/users.js";

// auth.logout ends the session the walk uses: it is left out of the signed-in comparison.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" } }>).map(([path, procedure]) => ({ path, type: procedure._def.type }));

let app: TestApp;
let nobodyCookie: string;
beforeAll(async () => {
  app = await startTestApp();
  await createUserWithPassword(app, "rest-nobody", "nobody-password");
  const nobody = await app.signedIn("rest-nobody", "nobody-password");
  nobodyCookie = [...nobody.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
});
afterAll(() => app.close());

const browserHeaders = { origin: "http://localhost:9000", "content-type": "application/json" };

interface Answer {
  status: number;
  code: string;
}

async function viaTrpc(path: string, type: string, headers: Record<string, string>): Promise<Answer> {
  const response =
    type === "query" ? await fetch(`${app.url}/trpc/${path}?input=${encodeURIComponent("{}")}`, { headers }) : await fetch(`${app.url}/trpc/${path}`, { method: "POST", headers, body: "{}" });
  const body = (await response.json()) as { error?: { data?: { code?: string } } };
  return { status: response.status, code: body.error?.data?.code ?? "OK" };
}

async function viaRest(path: string, type: "query" | "mutation", headers: Record<string, string>, body = "{}"): Promise<Answer> {
  const route = restRouteOf(path, type);
  const response = await fetch(`${app.url}${route.path}`, route.method === "GET" ? { headers } : { method: "POST", headers, body });
  // A procedure's output may be null (auth.me for an anonymous caller).
  const json = (await response.json()) as { data?: { code?: string } } | null;
  return { status: response.status, code: response.ok ? "OK" : String(json?.data?.code) };
}

describe("every REST endpoint checks who is calling, as its procedure does", () => {
  it.each(procedures)("$path answers an anonymous caller as /trpc does", async ({ path, type }) => {
    expect(await viaRest(path, type, browserHeaders)).toMatchObject(await viaTrpc(path, type, browserHeaders));
  });

  it.each(procedures.filter(({ path }) => path !== "auth.logout"))("$path answers a user without roles as /trpc does", async ({ path, type }) => {
    const headers = { ...browserHeaders, cookie: nobodyCookie };
    const rest = await viaRest(path, type, headers);
    const trpc = await viaTrpc(path, type, headers);
    expect(rest.code).toBe(trpc.code);
  });
});

describe("the REST wire", () => {
  const bearer = { authorization: `Bearer ${adminToken}` };

  it("answers the output itself, reading numbers and booleans from query parameters", async () => {
    const response = await fetch(`${app.url}/api/v1/users/list?limit=1&withCount=false&ordering=username`, { headers: bearer });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { items: { username: string }[]; count: unknown };
    expect(body.items.map((user) => user.username)).toEqual(["admin"]);
    expect(body.count).toBeNull();
  });

  it("names the field and the rule of a bad parameter, and gives the position of a bad query", async () => {
    const bad = await fetch(`${app.url}/api/v1/users/list?limit=many`, { headers: bearer });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: "limit: Invalid input: expected number, received string", data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { limit: ["Invalid input: expected number, received string"] } } });
    const query = await fetch(`${app.url}/api/v1/users/list?query=${encodeURIComponent("usrname = 1")}`, { headers: bearer });
    expect(await query.json()).toMatchObject({ data: { code: "BAD_REQUEST", queryError: { start: 0, end: 7 } } });
  });

  it("refuses a mutation sent with the session cookie from another site (CSRF), as /trpc does", async () => {
    const cookie = [...(await app.signedIn("admin", "admin-password-1")).cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const refused = await viaRest("users.create", "mutation", { cookie, origin: "https://evil.example", "content-type": "application/json" }, JSON.stringify({ username: "csrf-victim" }));
    expect(refused).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const plain = await viaRest("users.create", "mutation", { cookie, origin: "http://localhost:9000", "content-type": "text/plain" }, JSON.stringify({ username: "csrf-victim" }));
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect((await app.admin().api.users.list.query({ query: 'username = "csrf-victim"' })).items).toEqual([]);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const response = await fetch(`${app.url}/api/v1/flows/import`, { method: "POST", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify({ yaml: "x".repeat(1024 * 1024 + 10) }) });
    expect(response.status).toBe(413);
  });

  it("answers 405 with Allow for the wrong method and 404 for an unknown endpoint", async () => {
    const wrong = await fetch(`${app.url}/api/v1/users/setActive`, { headers: bearer });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    const unknown = await fetch(`${app.url}/api/v1/users/nothing`, { headers: bearer });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ data: { code: "NOT_FOUND" } });
  });
});

describe("the API reference page", () => {
  it("is served from this origin with a CSP that allows scripts from self only", async () => {
    const page = await fetch(`${app.url}/api/reference`);
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    const html = await page.text();
    expect(html).toContain('data-url="/api/openapi.json"');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(["/api/reference/standalone.js"]);
    const script = await fetch(`${app.url}/api/reference/standalone.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});
