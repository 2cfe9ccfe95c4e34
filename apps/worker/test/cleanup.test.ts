import { afterAll, beforeAll, expect, it } from "vitest";
import { runTaskListOnce } from "graphile-worker";
import pg from "pg";
import { newId, type Database } from "@roster/db";
import { openTestDatabase, type OpenTestDatabase, sql } from "@roster/db/testing";
import { taskList } from "../src/task-list.js";

let testDatabase: OpenTestDatabase;
let database: Database;
beforeAll(async () => {
  testDatabase = await openTestDatabase();
  database = testDatabase.database;
});
afterAll(() => testDatabase.close());

it("the hourly cleanup removes expired sessions and events past retention, and keeps the rest", async () => {
  const em = database.fork();
  const userId = newId();
  await sql(em, "INSERT INTO users (id, username) VALUES (?, 'cleanup-user')", [userId]);
  await em.execute(
    `INSERT INTO sessions (id, user_id, token_hash, expires) VALUES (?, ?, 'expired', now() - interval '1 minute'), (?, ?, 'current', now() + interval '1 day')`,
    [newId(), userId, newId(), userId],
  );
  await em.execute(`INSERT INTO events (id, action, expires) VALUES (?, 'login', now() - interval '1 day'), (?, 'login', now() + interval '1 day')`, [newId(), newId()]);

  const pool = new pg.Pool({ connectionString: testDatabase.url });
  try {
    await pool.query("SELECT graphile_worker.add_job('cleanup', '{}'::json)");
    const client = await pool.connect();
    try {
      await runTaskListOnce({}, taskList(database, { mail: { transport: null, from: "test@localhost" } }), client);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }

  const sessions = await em.execute<{ token_hash: string }[]>("SELECT token_hash FROM sessions");
  expect(sessions.map((row) => row.token_hash)).toEqual(["current"]);
  const events = await em.execute<{ n: number }[]>("SELECT count(*)::int AS n FROM events");
  expect(events[0]?.n).toBe(1);
});
