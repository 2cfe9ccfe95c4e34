/**
 * Deactivation really ends access, on every path: the user's very next request is refused, and
 * the worker's revoke-user-sessions job removes every session and refresh token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, newId } from "@roster/db";
import { sql, User } from "@roster/db/testing";
import type { TestClient } from "@roster/api/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { waitFor } from "../src/wait.js";

let environment: Environment;
beforeAll(async () => {
  environment = await startEnvironment({ worker: true });
});
afterAll(() => environment.close());

async function userWithSessions(username: string, sessions: number): Promise<{ id: string; browsers: TestClient[] }> {
  const em = environment.app.database.fork();
  const user = em.create(User, { id: newId(), username });
  user.passwordHash = await hashPassword("user-password-1");
  await em.flush();
  const browsers: TestClient[] = [];
  for (let index = 0; index < sessions; index += 1) browsers.push(await environment.app.signedIn(username, "user-password-1"));
  await sql(em, "INSERT INTO refresh_tokens (id, user_id, token_hash, expires) VALUES (?, ?, ?, now() + interval '1 day')", [newId(), user.id, `refresh-${username}`]);
  return { id: user.id, browsers };
}

async function remaining(userId: string): Promise<{ sessions: number; refreshTokens: number }> {
  const rows = await sql<{ sessions: number; refresh_tokens: number }>(
    environment.app.database.fork(),
    "SELECT (SELECT count(*)::int FROM sessions WHERE user_id = ?) AS sessions, (SELECT count(*)::int FROM refresh_tokens WHERE user_id = ?) AS refresh_tokens",
    [userId, userId],
  );
  return { sessions: rows[0]?.sessions ?? -1, refreshTokens: rows[0]?.refresh_tokens ?? -1 };
}

const paths = {
  "users.update": (id: string) => environment.app.admin().api.users.update.mutate({ id, isActive: false }),
  "users.setActive": (id: string) => environment.app.admin().api.users.setActive.mutate({ ids: [id], isActive: false }),
};

describe("deactivation ends access", () => {
  it.each(Object.keys(paths) as (keyof typeof paths)[])("through %s: the very next request is refused and the job removes every session", async (path) => {
    const { id, browsers } = await userWithSessions(`deactivated-via-${path}`, 2);
    for (const browser of browsers) expect((await browser.api.auth.me.query())?.user.id).toBe(id);
    await paths[path](id);
    for (const browser of browsers) expect(await browser.api.auth.me.query()).toBeNull();
    expect(await waitFor(() => remaining(id), (left) => left.sessions === 0 && left.refreshTokens === 0)).toEqual({ sessions: 0, refreshTokens: 0 });
  });

  it("a deactivated user cannot sign in, with a clear message; reactivation restores sign-in", async () => {
    const { id } = await userWithSessions("comes-and-goes", 0);
    await paths["users.setActive"](id);
    const browser = environment.app.client();
    const slug = "default-authentication-flow";
    await browser.api.flows.execute.mutate({ slug });
    await browser.api.flows.execute.mutate({ slug, response: { uid: "comes-and-goes" } });
    const refused = await browser.api.flows.execute.mutate({ slug, response: { password: "user-password-1" } });
    expect(refused).toMatchObject({ type: "challenge", error: "This account is disabled. Contact your administrator." });
    await environment.app.admin().api.users.setActive.mutate({ ids: [id], isActive: true });
    const again = await environment.app.signedIn("comes-and-goes", "user-password-1");
    expect((await again.api.auth.me.query())?.user.id).toBe(id);
  });

  it("a bulk deactivation of 100 users ends every session of all 100, with one sessions_revoked event each", async () => {
    const em = environment.app.database.fork();
    const ids = Array.from({ length: 100 }, () => newId());
    await sql(em, "INSERT INTO users (id, username) SELECT unnest(?::uuid[]), 'bulk-' || generate_series(1, 100)", [`{${ids.join(",")}}`]);
    await sql(em, "INSERT INTO sessions (id, user_id, token_hash, expires) SELECT gen_random_uuid(), u, md5(random()::text || u::text || g::text), now() + interval '1 day' FROM unnest(?::uuid[]) u, generate_series(1, 3) g", [`{${ids.join(",")}}`]);
    await environment.app.admin().api.users.setActive.mutate({ ids, isActive: false });
    const counts = await waitFor(
      () => sql<{ sessions: number; events: number }>(em, "SELECT (SELECT count(*)::int FROM sessions WHERE user_id = ANY(?::uuid[])) AS sessions, (SELECT count(*)::int FROM events WHERE action = 'sessions_revoked' AND target_user_id = ANY(?::uuid[])) AS events", [`{${ids.join(",")}}`, `{${ids.join(",")}}`]),
      (rows) => rows[0]?.sessions === 0 && rows[0].events === 100,
      20_000,
    );
    expect(counts[0]).toEqual({ sessions: 0, events: 100 });
    const perUser = await sql<{ n: number }>(em, "SELECT count(*)::int AS n FROM events WHERE action = 'sessions_revoked' AND target_user_id = ANY(?::uuid[]) GROUP BY target_user_id HAVING count(*) <> 1", [`{${ids.join(",")}}`]);
    expect(perUser).toEqual([]);
  });
});
