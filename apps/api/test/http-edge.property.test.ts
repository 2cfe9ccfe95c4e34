/**
 * Fuzzing the HTTP edge with fast-check: a few thousand malformed paths, headers, bodies and tRPC
 * calls against a running server. Bad input must get a 4xx (never a 5xx), no answer may show a
 * stack trace or SQL, and the server must still answer at the end.
 */
import type { AnyTRPCProcedure } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { appRouter } from "../src/router.js";
import { adminToken, startTestApp, type TestApp } from "../src/testing/index.js";
import { createWebDist, rawRequest, type RawRequest } from "./support/raw-http.js";

const webDist = createWebDist();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { webDist: webDist.root });
});
afterAll(async () => {
  await app.close();
  webDist.remove();
});

/** What must never reach a caller: stack frames, file paths, error class names, SQL. */
const leaks = [/\n\s+at\s/, /node_modules/, /\b\w*Error: /, /\bSELECT\b/, /\bINSERT INTO\b/, /\bUPDATE \w+ SET\b/];

async function expectCleanAnswer(request: RawRequest): Promise<void> {
  const answer = await rawRequest(app.url, request);
  const shown = `${request.method ?? "GET"} ${request.path.slice(0, 300)} → ${answer.status} ${answer.body.slice(0, 300)}`;
  expect(answer.status, shown).toBeGreaterThanOrEqual(200);
  expect(answer.status, shown).toBeLessThan(500);
  for (const leak of leaks) expect(answer.body, shown).not.toMatch(leak);
}

/** fc.assert, but a failure shows the seed and a shortened counterexample: inputs run to 40 KB. */
async function checkProperty<Ts extends unknown[]>(property: fc.IAsyncPropertyWithHooks<Ts>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns });
  if (!details.failed) return;
  const counterexample = fc.stringify(details.counterexample).slice(0, 1500);
  throw new Error(`Property failed (seed ${details.seed}, path "${details.counterexamplePath}"): ${String(details.errorInstance).slice(0, 1500)}\nCounterexample: ${counterexample}`);
}

/** The path's UTF-8 bytes as they go on the wire; space and control bytes, which Node's client refuses, %-escaped. */
function wirePath(text: string): string {
  return Buffer.from(text, "utf8")
    .toString("latin1")
    .replace(/[^\x21-\xff]/g, (byte) => `%${byte.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** Header values may hold any byte but control characters. */
function wireHeader(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1").replace(/[^\t\x20-\x7e\x80-\xff]/g, "");
}

const nastyStrings = [
  "%", "%E0%A4%A", "%ZZ", "%00", "%2e%2e/%2e%2e", "%C0%AF", "%FF%FE", "..", "../../etc/passwd", "\\..\\", "//", "?", "#", "&&", "==",
  "' OR 1=1 --", '"; DROP TABLE users; --', "\u0000", "\ud800", "\u202e", "😀", "ǅ", "a".repeat(5000),
  "00000000-0000-4000-8000-000000000000", "not-a-uuid", "1970-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "-infinity",
  "admin", "users/eng", 'username = "x"', "((((", "attributes.a.b.c = 1", "__proto__", "constructor", "eyJ4IjoxfQ", "W1tbW1s",
];
const nastyString = fc.oneof(fc.constantFrom(...nastyStrings), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));
const nastyNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2 ** 63, -1, 0, -0, 0.5, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const knownKeys = [
  "id", "ids", "slug", "response", "restart", "query", "search", "ordering", "cursor", "limit", "path", "name", "username", "email",
  "password", "userId", "userIds", "groupId", "roleId", "roleIds", "permission", "objectType", "objectId", "parents", "attributes",
  "yaml", "settings", "since", "until", "type", "token", "expires", "reason", "uid", "isActive", "stages", "key", "description",
];
const fieldName = fc.oneof(fc.constantFrom(...knownKeys), fc.string({ maxLength: 10 }));
const { value: nastyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    nastyString,
    nastyNumber,
    fc.constantFrom(null, true, false),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fieldName, tie("value"), { maxKeys: 5 }),
  ),
}));
/** Mostly objects with the keys procedures read, so that inputs get past the first check. */
const trpcInput = fc.oneof(fc.dictionary(fc.constantFrom(...knownKeys), nastyValue, { maxKeys: 6 }), nastyValue);

const deepNesting = fc.integer({ min: 1, max: 20_000 });
const rawBody = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.tuple(fc.json(), fc.nat()).map(([json, cut]) => json.slice(0, cut % (json.length + 1))),
  deepNesting.map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  deepNesting.map((depth) => `{"slug":"default-authentication-flow","response":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`),
  fc.constantFrom("1e999999", "-1e400", "123456789012345678901234567890", "NaN", "Infinity", '"\\ud800"', '{"__proto__":{"admin":true}}', '{"0":', ""),
  trpcInput.map((input) => JSON.stringify(input) ?? "null"),
);

// Typed as the nested router, but flat at run time: "users.list" → procedure.
const flatProcedures = appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
const procedures = Object.entries(flatProcedures).map(([path, procedure]) => ({ path, type: procedure._def.type }));
const procedure = fc.constantFrom(...procedures);
/** The admin's token reaches the input checks of every procedure; anonymous calls look like the console's. */
const caller = fc.constantFrom<Record<string, string>>({ authorization: `Bearer ${adminToken}` }, { origin: "http://localhost:9000" });
const json = { "content-type": "application/json" };
const method = fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

it("malformed paths get 4xx answers without internals", async () => {
  const prefix = fc.constantFrom("/", "/trpc/", "/trpc/auth.me", "/exports/", "/exports/x/download", "/flow/", "/assets/", "/directory/users/");
  const piece = fc.oneof(nastyString, fc.constantFrom("/", ".", ",", "?batch=1", "?input=", "/download", "index.html", "users.list"));
  const path = fc.tuple(prefix, fc.array(piece, { maxLength: 10 })).map(([start, pieces]) => wirePath(start + pieces.join("")));
  const property = fc.asyncProperty(method, path, (verb, target) => expectCleanAnswer({ method: verb, path: target }));
  await checkProperty(property, 800);
});

it("malformed headers get 4xx answers without internals", async () => {
  const value = nastyString.map(wireHeader);
  const headers = fc.record(
    {
      cookie: fc.oneof(value, value.map((text) => `roster_session=${text}; roster_flow=${text}; roster_device=${text}`)),
      authorization: fc.oneof(value, value.map((text) => `Bearer ${text}`)),
      origin: value,
      referer: value,
      host: value,
      "content-type": value,
      "x-forwarded-for": value,
      "user-agent": value,
      accept: value,
    },
    { requiredKeys: [] },
  );
  const path = fc.constantFrom("/", "/flow/default-authentication-flow", "/trpc/auth.me", "/trpc/brands.current", "/trpc/flows.execute", "/exports/00000000-0000-4000-8000-000000000000/download");
  const property = fc.asyncProperty(method, path, headers, rawBody, (verb, target, sent, body) =>
    expectCleanAnswer({ method: verb, path: target, headers: sent, body: verb === "GET" || verb === "HEAD" ? undefined : body }),
  );
  await checkProperty(property, 500);
});

it("malformed bodies get 4xx answers without internals", async () => {
  const path = fc.constantFrom("/trpc/flows.execute", "/trpc/auth.logout", "/trpc/users.create", "/trpc/flows.import", "/trpc/flows.execute,flows.execute?batch=1");
  const property = fc.asyncProperty(path, caller, rawBody, (target, sent, body) => expectCleanAnswer({ method: "POST", path: target, headers: { ...json, ...sent }, body }));
  await checkProperty(property, 500);
});

it("every procedure answers garbage input with a 4xx without internals", async () => {
  const property = fc.asyncProperty(procedure, caller, trpcInput, ({ path, type }, sent, input) =>
    type === "query"
      ? expectCleanAnswer({ path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input) ?? "")}`, headers: sent })
      : expectCleanAnswer({ method: "POST", path: `/trpc/${path}`, headers: { ...json, ...sent }, body: JSON.stringify(input) }),
  );
  await checkProperty(property, 1200);
});

it("batch calls with garbage get 4xx answers without internals", async () => {
  const batch = fc.array(procedure, { minLength: 1, maxLength: 5 });
  const inputs = fc.oneof(fc.dictionary(fc.constantFrom("0", "1", "2", "3", "4", "-1", "99", "x"), trpcInput, { maxKeys: 6 }), trpcInput);
  const property = fc.asyncProperty(batch, caller, inputs, fc.boolean(), (calls, sent, input, asQuery) => {
    const path = `/trpc/${calls.map((call) => call.path).join(",")}?batch=1`;
    return asQuery
      ? expectCleanAnswer({ path: `${path}&input=${encodeURIComponent(JSON.stringify(input) ?? "")}`, headers: sent })
      : expectCleanAnswer({ method: "POST", path, headers: { ...json, ...sent }, body: JSON.stringify(input) });
  });
  await checkProperty(property, 300);
});

it("the server still answers after all of it", async () => {
  expect((await rawRequest(app.url, { path: "/trpc/auth.me", headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(200);
  expect((await rawRequest(app.url, { path: "/" })).status).toBe(200);
});
