/**
 * A worker process killed (SIGKILL) in the middle of a 200,000-user export: a new worker process
 * retries the job, starts the file afresh, and the requester gets one complete, correct file and
 * exactly one notification. The worker runs as a real child process so that the kill is real.
 *
 * It also prints (without asserting: not a timed test) the export's throughput next to
 * PostgreSQL's own `COPY … TO STDOUT WITH CSV` of the same rows, and the worker's peak RSS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { userExportQuery, type EntityManager } from "@roster/db";
import { sql } from "@roster/db/testing";
import { startEnvironment, type Environment } from "../src/environment.js";
import { exportProgress as progress, waitUntilMidExport } from "../src/export-progress.js";
import { waitFor } from "../src/wait.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const userCount = 200_000;
const filter = { path: "crash" };

let environment: Environment;
const workers: ChildProcess[] = [];
beforeAll(async () => {
  environment = await startEnvironment();
  // Seeding 200,000 users takes longer than the API pool's statement timeout on a loaded machine.
  await environment.app.database.fork().transactional(async (em) => {
    await sql(em, "SET LOCAL statement_timeout = 0");
    await sql(
      em,
      `INSERT INTO users (id, username, name, email, path, attributes, last_login, date_joined)
       SELECT gen_random_uuid(), 'crash-' || lpad(i::text, 6, '0'), 'Crash User ' || i || CASE WHEN i % 1000 = 0 THEN ', "quoted"' ELSE '' END,
            'crash' || i || '@example.com', 'crash/' || (i % 10), jsonb_build_object('dept', 'dept-' || (i % 50), 'n', i),
            CASE WHEN i % 3 = 0 THEN now() - i * interval '1 second' END, now() - i * interval '1 minute'
       FROM generate_series(1, ${userCount}) i`,
    );
    await sql(em, "INSERT INTO groups (id, name) VALUES (gen_random_uuid(), 'crash-a'), (gen_random_uuid(), 'crash-b')");
    await sql(em, "INSERT INTO group_users (group_id, user_id) SELECT g.id, u.id FROM users u, groups g WHERE u.path = 'crash/7' AND g.name LIKE 'crash-%'");
  });
  await sql(environment.app.database.fork(), "ANALYZE users");
}, 300_000);
afterAll(async () => {
  for (const worker of workers) worker.kill("SIGKILL");
  await environment.close();
});

/** `tsx apps/worker/src/main.ts` as its own process (node itself, so that SIGKILL reaches the worker). */
function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: environment.app.databaseUrl, ROSTER_WORKER_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  workers.push(child);
  return child;
}

function peakRssMegabytes(pid: number): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

/** Rows per second of PostgreSQL's own COPY of the export's statement, read through pg. */
async function copyRowsPerSecond(em: EntityManager): Promise<number> {
  const knex = em.getKnex();
  const query = userExportQuery(filter);
  const text = `COPY (${knex.raw(query.sql, query.params as never[]).toQuery()}) TO STDOUT WITH CSV`;
  const pool = knex.client as { acquireConnection(): Promise<{ query(submittable: unknown): unknown; constructor: unknown }>; releaseConnection(connection: unknown): Promise<void> };
  const connection = await pool.acquireConnection();
  try {
    const Query = (connection.constructor as { Query: new (text: string, values: undefined, callback: (error: Error | null) => void) => { handleCopyData(message: { chunk: Buffer }): void } }).Query;
    let bytes = 0;
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const copy = new Query(text, undefined, (error) => (error ? reject(error) : resolve()));
      copy.handleCopyData = (message) => {
        bytes += message.chunk.length;
      };
      connection.query(copy);
    });
    const seconds = (performance.now() - started) / 1000;
    expect(bytes).toBeGreaterThan(0);
    return userCount / seconds;
  } finally {
    await pool.releaseConnection(connection);
  }
}

it(`a worker killed in the middle of a ${userCount.toLocaleString("en")}-user export: the retry writes one complete file and notifies once`, async () => {
  const em = environment.app.database.fork();
  const admin = environment.app.admin().api;
  const first = startWorkerProcess();
  const { exportId } = await admin.users.export.mutate(filter);

  await waitUntilMidExport(em, exportId);
  first.kill("SIGKILL");
  await new Promise((resolve) => first.once("exit", resolve));
  const killed = await progress(em, exportId);
  expect(killed.status).toBe("running");
  expect(killed.chunks).toBeGreaterThan(0);
  expect(killed.row_count).toBeLessThan(userCount);

  // The dead worker's lock would expire after 4 hours; let the job be taken again now.
  await sql(em, "UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL, run_at = now() WHERE key = ?", [`export:${exportId}`]);
  const second = startWorkerProcess();
  const done = await waitFor(() => progress(em, exportId), (state) => state.status === "done", 120_000);
  expect(done.row_count).toBe(userCount);

  const response = await fetch(`${environment.baseUrl}/exports/${exportId}/download`, { headers: { authorization: "Bearer admin-token-for-tests" } });
  expect(response.status).toBe(200);
  const [header, ...rows] = parse(await response.text());
  expect(header?.[0]).toBe("Username");
  expect(rows).toHaveLength(userCount);
  const usernames = rows.map((row) => row[0] ?? "");
  expect(new Set(usernames).size).toBe(userCount);
  const expected = await sql<{ username: string }>(em, "SELECT username FROM users u WHERE u.path = 'crash' OR u.path LIKE 'crash/%' ORDER BY u.username");
  expect(usernames).toEqual(expected.map((row) => row.username));
  expect(rows.find((row) => row[0] === "crash-007000")?.[1]).toBe('Crash User 7000, "quoted"');
  expect(rows.find((row) => row[0] === "crash-000007")?.[6]).toBe("crash-a,crash-b");

  const chunks = await sql<{ seq: number }>(em, "SELECT seq FROM data_export_chunks WHERE export_id = ? ORDER BY seq", [exportId]);
  expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_chunk, index) => index + 1));
  const notifications = await sql(em, "SELECT body FROM notifications WHERE link->>'href' = ?", [`/exports/${exportId}/download`]);
  expect(notifications).toEqual([{ body: `Export of ${userCount.toLocaleString("en")} users ready — folder crash` }]);
  const ready = await sql(em, "SELECT 1 FROM events WHERE action = 'export_ready' AND context->>'pk' = ?", [exportId]);
  expect(ready).toHaveLength(1);

  // Measurements for the README's benchmark table, printed, not asserted.
  const requested = performance.now();
  const timed = await admin.users.export.mutate(filter);
  await waitFor(() => progress(em, timed.exportId), (state) => state.status === "done", 120_000);
  const exportRate = userCount / ((performance.now() - requested) / 1000);
  const copyRate = await copyRowsPerSecond(em);
  console.log(
    `[export-measure] ${userCount} users: export ${Math.round(exportRate)} rows/s (request to done), ` +
      `COPY TO STDOUT ${Math.round(copyRate)} rows/s, ratio ${(exportRate / copyRate).toFixed(2)}; worker peak RSS ${second.pid ? peakRssMegabytes(second.pid) : -1} MB`,
  );
}, 300_000);
