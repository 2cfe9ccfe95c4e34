/**
 * `pnpm roster recovery-key <username>`, the operator's way back in: the link it prints signs the
 * user in through the default authentication flow, once; unknown, inactive and service accounts
 * are refused. The CLI runs once as a child process, as an operator would run it.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperatorRecoveryKey, hashPassword, newId, operatorRecoveryMessages } from "@roster/db";
import { sql, User, type TUserType } from "@roster/db/testing";
import { startTestApp, type TestApp, type TestClient } from "@roster/api/testing";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const publicUrl = new URL("http://localhost:9000");
const expiredLink = "This link has expired or was already used.";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ROSTER_PUBLIC_URL: publicUrl.origin });
});
afterAll(() => app.close());

async function createUser(username: string, fields: { type?: TUserType; isActive?: boolean } = {}): Promise<string> {
  const em = app.database.fork();
  const user = em.create(User, { id: newId(), username, ...fields });
  user.passwordHash = await hashPassword(`${username}-password-1`);
  await em.flush();
  return user.id;
}

/** Opens the link in a fresh browser, as flows.execute sees it. */
async function follow(link: string): Promise<{ browser: TestClient; result: unknown }> {
  const url = new URL(link);
  const browser = app.client();
  const result = await browser.api.flows.execute.mutate({ slug: decodeURIComponent(url.pathname.replace("/flow/", "")), token: url.searchParams.get("token") ?? "" });
  return { browser, result };
}

function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: app.databaseUrl, ROSTER_PUBLIC_URL: publicUrl.origin };
    execFile(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/roster.ts"), ...args], { env, cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("the recovery key service", () => {
  it("signs the user in once through the default authentication flow, without asking for a password", async () => {
    const userId = await createUser("casey");
    const { link, expiresAt } = await createOperatorRecoveryKey(app.database.fork(), "casey", { publicUrl });
    expect(link).toMatch(/^http:\/\/localhost:9000\/flow\/default-authentication-flow\?token=[\w-]{40,}$/);
    const lifetime = new Date(expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(59 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000);

    const { browser, result } = await follow(link);
    expect(result).toEqual({ type: "redirect", to: "/" });
    expect((await browser.api.auth.me.query())?.user.username).toBe("casey");
    expect((await follow(link)).result).toEqual({ type: "denied", message: expiredLink });

    const em = app.database.fork();
    const events = await sql<{ action: string; context: Record<string, unknown> }>(em, "SELECT action, context FROM events WHERE target_user_id = ? ORDER BY created_at", [userId]);
    expect(events.map((event) => event.action)).toEqual(["recovery_link_created", "login"]);
    expect(events[0]?.context).toEqual({ flow: "default-authentication-flow", expires: expiresAt, method: "operator" });
    expect(events[1]?.context).toMatchObject({ flow: "default-authentication-flow", method: "recovery" });
    expect(Object.keys(events[1]?.context ?? {}).sort()).toEqual(["flow", "method", "userAgent"]);
    const token = new URL(link).searchParams.get("token") ?? "";
    const leaks = await sql<{ n: number }>(em, "SELECT count(*)::int AS n FROM events WHERE context::text LIKE ?", [`%${token}%`]);
    expect(leaks[0]?.n).toBe(0);
  });

  it("refuses unknown users, inactive users and service accounts, saying why", async () => {
    await createUser("dormant", { isActive: false });
    await createUser("robot", { type: "service_account" });
    await createUser("outpost", { type: "internal_service_account" });
    const refusal = (username: string) => createOperatorRecoveryKey(app.database.fork(), username, { publicUrl }).then(() => "created", (error: Error) => error.message);
    expect(await refusal("nobody")).toBe(operatorRecoveryMessages.unknownUser("nobody"));
    expect(await refusal("dormant")).toBe(operatorRecoveryMessages.inactiveUser("dormant"));
    expect(await refusal("robot")).toBe(operatorRecoveryMessages.serviceAccount("robot"));
    expect(await refusal("outpost")).toBe(operatorRecoveryMessages.serviceAccount("outpost"));
    const keys = await sql<{ n: number }>(app.database.fork(), "SELECT count(*)::int AS n FROM api_tokens WHERE intent = 'recovery'");
    expect(keys[0]?.n).toBe(0);
  });
});

describe("pnpm roster recovery-key", () => {
  it("prints a link that signs the admin back in", async () => {
    const { code, stdout } = await runCli("recovery-key", "admin");
    expect(code).toBe(0);
    const link = /(http:\/\/localhost:9000\/flow\/\S+)/.exec(stdout)?.[1] ?? "";
    expect(stdout).toContain('A sign-in link for "admin", valid once until ');
    const { browser, result } = await follow(link);
    expect(result).toEqual({ type: "redirect", to: "/" });
    expect(await browser.api.auth.me.query()).toMatchObject({ user: { username: "admin", isSuperuser: true } });
  });

  it("exits non-zero with the reason for an unknown user, and with the usage for a missing name", async () => {
    const [unknown, missing] = await Promise.all([runCli("recovery-key", "nobody"), runCli("recovery-key")]);
    expect(unknown).toEqual({ code: 1, stdout: "", stderr: `${operatorRecoveryMessages.unknownUser("nobody")}\n` });
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "Usage: pnpm roster recovery-key <username> | pnpm roster rotate-signing-key\n" });
  });
});
