/** With an https ROSTER_PUBLIC_URL, every cookie carries the `__Host-` prefix (SPEC §9.10). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminPassword, startTestApp, type TestApp } from "../src/testing/index.js";

const publicUrl = "https://roster.example.com";
const slug = "default-authentication-flow";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ROSTER_PUBLIC_URL: publicUrl });
});
afterAll(() => app.close());

/** One flows.execute call as a browser would send it; returns the Set-Cookie lines. */
async function execute(input: Record<string, unknown>, cookies: Map<string, string>): Promise<string[]> {
  const response = await fetch(`${app.url}/trpc/flows.execute`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: publicUrl, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
    body: JSON.stringify(input),
  });
  expect(response.status).toBe(200);
  const lines = response.headers.getSetCookie();
  for (const line of lines) {
    const [pair = ""] = line.split(";");
    const index = pair.indexOf("=");
    cookies.set(pair.slice(0, index), pair.slice(index + 1));
  }
  return lines;
}

describe("cookies behind https", () => {
  it("signing in sets __Host- session, flow and device cookies: Secure, Path=/, no Domain", async () => {
    const cookies = new Map<string, string>();
    const lines = [
      ...(await execute({ slug }, cookies)),
      ...(await execute({ slug, response: { uid: "admin" } }, cookies)),
      ...(await execute({ slug, response: { password: adminPassword } }, cookies)),
    ];
    const names = lines.map((line) => line.slice(0, line.indexOf("=")));
    expect(new Set(names)).toEqual(new Set(["__Host-roster_flow", "__Host-roster_session", "__Host-roster_device"]));
    for (const line of lines) {
      const attributes = line.split(";").slice(1).map((attribute) => attribute.trim());
      expect(attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "SameSite=Lax", "Secure"]));
      expect(attributes.some((attribute) => attribute.toLowerCase().startsWith("domain="))).toBe(false);
    }
    expect(lines.find((line) => line.startsWith("__Host-roster_device="))).toContain(`Max-Age=${365 * 24 * 3600}`);
  });

  it("reads the prefixed session cookie, and ignores one without the prefix", async () => {
    const browser = await app.signedIn("admin", adminPassword);
    const session = browser.cookies.get("__Host-roster_session") ?? "";
    expect(session).not.toBe("");
    expect((await browser.api.auth.me.query())?.user.username).toBe("admin");

    const unprefixed = app.client();
    unprefixed.cookies.set("roster_session", session);
    expect(await unprefixed.api.auth.me.query()).toBeNull();
  });
});
