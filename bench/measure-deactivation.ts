/**
 * Deactivating a user who has 10,000 sessions: how long `users.setActive` takes, whether that
 * user's very next request is refused, and how long until the worker has deleted every session.
 */
import type pg from "pg";
import { progress } from "./progress.js";
import { round } from "./stats.js";
import { signIn } from "./sign-in.js";
import type { TrpcClient } from "./trpc-client.js";

export interface DeactivationMeasurement {
  sessions: number;
  callMs: number;
  /** From the start of the call until the user's next request came back refused. */
  refusedAfterMs: number;
  nextRequestRefused: boolean;
  /** From the start of the call until no session row was left. */
  rowsGoneAfterMs: number;
}

const extraSessions = 10_000;
const rowsTimeoutMs = 60_000;

export async function measureDeactivation(api: TrpcClient, pool: pg.Pool, baseUrl: string, user: { username: string; password: string }): Promise<DeactivationMeasurement> {
  const found = await pool.query<{ id: string }>("SELECT id FROM users WHERE username = $1 AND is_active", [user.username]);
  const userId = found.rows[0]?.id;
  if (!userId) throw new Error(`The deactivation target ${user.username} is missing or inactive.`);
  await pool.query(
    `INSERT INTO sessions (id, user_id, token_hash, expires, last_ip, user_agent)
     SELECT gen_random_uuid(), $1, encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), now() + interval '14 days', '10.1.0.' || (g % 250), 'bench'
       FROM generate_series(1, $2::int) g`,
    [userId, extraSessions],
  );
  const browser = await signIn(baseUrl, user.username, user.password);
  try {
    const me = await browser.query<{ user: { id: string } } | null>("auth.me");
    if (me?.user.id !== userId) throw new Error("The signed-in session does not resolve to the deactivation target.");
    const sessions = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM sessions WHERE user_id = $1", [userId])).rows[0]?.n ?? 0);
    progress(`  ${user.username} has ${sessions.toLocaleString("en")} sessions; deactivating…`);

    const start = performance.now();
    await api.mutate("users.setActive", { ids: [userId], isActive: false });
    const callMs = performance.now() - start;
    const after = await browser.query<unknown>("auth.me");
    const refusedAfterMs = performance.now() - start;
    let rowsGoneAfterMs = Number.NaN;
    for (;;) {
      const left = await pool.query<{ n: string }>("SELECT count(*) AS n FROM sessions WHERE user_id = $1", [userId]);
      if (Number(left.rows[0]?.n) === 0) {
        rowsGoneAfterMs = performance.now() - start;
        break;
      }
      if (performance.now() - start > rowsTimeoutMs) throw new Error(`Sessions of a deactivated user were still there after ${rowsTimeoutMs / 1000} s: is the worker running?`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const measurement = { sessions, callMs: round(callMs), refusedAfterMs: round(refusedAfterMs), nextRequestRefused: after === null, rowsGoneAfterMs: round(rowsGoneAfterMs) };
    progress(`  setActive ${measurement.callMs} ms; next request ${measurement.nextRequestRefused ? "refused" : "NOT refused"} after ${measurement.refusedAfterMs} ms; rows gone after ${measurement.rowsGoneAfterMs} ms`);
    return measurement;
  } finally {
    browser.close();
  }
}
