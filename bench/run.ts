/**
 * `pnpm bench [--users N]`: prepares its own database (embedded PostgreSQL in a temporary folder,
 * or a new database on DATABASE_URL's server), seeds N users (default 1,000,000) through COPY,
 * starts the API and the worker as child processes, measures what spec §8 sets bars for, prints
 * a markdown table and writes bench/results.json. Exits 1 when a measurement fails, and on a full
 * run also when a §8 query's plan reads the users table sequentially (plans in bench/plans/).
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { prepareRefreshGrantBench, runRefreshGrantLoad } from "@roster/api/testing";
import pg from "pg";
import { prepareDatabase, type BenchDatabase } from "./database.js";
import { currentLoad, machineInfo } from "./machine.js";
import { measureApplications } from "./measure-applications.js";
import { measureDeactivation } from "./measure-deactivation.js";
import { measureExport } from "./measure-export.js";
import { measureList } from "./measure-list.js";
import { measureLoad, staticTarget, trpcQueryPath, type LoadTarget } from "./measure-load.js";
import { measureLookups } from "./measure-paths.js";
import { measureSignIn } from "./measure-sign-in.js";
import { measureStats } from "./measure-stats.js";
import { readOptions } from "./options.js";
import { explainQueries, plansDir, writePlans } from "./plans.js";
import { rssMegabytes } from "./rss.js";
import { startApi, startWorker, type ApiProcess, type ChildApp } from "./processes.js";
import { elapsedSeconds, progress, step } from "./progress.js";
import { listQueries } from "./queries.js";
import { markdownReport, resultsFile, writeResults, type BenchResults } from "./report.js";
import { seedAdmin } from "./seed-admin.js";
import { seedApplications } from "./seed-applications.js";
import { seedEvents } from "./seed-events.js";
import { seedDatabase, seededPassword } from "./seed.js";
import { seedUser } from "./seed-data.js";
import { sessionCookie, signIn } from "./sign-in.js";
import { TrpcClient } from "./trpc-client.js";

const options = readOptions();
const results: BenchResults = {
  users: options.users,
  fullRun: options.fullRun,
  startedAt: new Date().toISOString(),
  wallSeconds: 0,
  machine: null,
  seed: null,
  applicationsSeed: null,
  eventsSeed: null,
  list: [],
  lookups: [],
  applications: [],
  stats: [],
  exports: null,
  deactivation: null,
  signIn: null,
  idleRss: null,
  load: null,
  refreshGrants: null,
  plans: [],
  errors: [],
};
const cleanups: (() => Promise<void>)[] = [];

let cleaning: Promise<void> | null = null;

/** Stops everything started so far, newest first; every caller waits for the same run of it. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => progress(`clean-up failed: ${String(error)}`));
  })();
  return cleaning;
}

process.once("SIGINT", () => {
  progress("interrupted: stopping the API, the worker and the database…");
  void cleanUp().finally(() => process.exit(130));
});

/** Runs one measurement; a failure is recorded (and fails the run) but the others still run. */
async function attempt<T>(label: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await step(label, work);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    progress(`${label} FAILED: ${message}`);
    results.errors.push({ step: label, message });
    return null;
  }
}

function activeUserWithPassword(from: number): { index: number; username: string } {
  for (let index = from; ; index++) {
    const user = seedUser(index);
    if (user.isActive && user.hasPassword) return { index, username: user.username };
  }
}

try {
  progress(`${options.fullRun ? "full run" : "quick run"}: ${options.users.toLocaleString("en")} users`);
  const db: BenchDatabase = await step("preparing the database", () => prepareDatabase(options.databaseUrl));
  cleanups.push(() => db.stop());
  results.seed = await step("seeding", () => seedDatabase(db.url, options.users));
  results.applicationsSeed = await step("seeding applications and bindings", () => seedApplications(db.url, options.users));
  const eventsSeed = await step("seeding events", () => seedEvents(db.url, options.users));
  results.eventsSeed = eventsSeed;
  const token = randomBytes(32).toString("base64url");
  await step("creating the admin and its API token", () => seedAdmin(db.url, token));
  const [api, worker] = await step("starting the API and the worker", async () => {
    const started = await Promise.allSettled([startApi(db.url), startWorker(db.url)]);
    for (const child of started) if (child.status === "fulfilled") cleanups.push(() => child.value.stop());
    const [apiChild, workerChild] = started;
    if (apiChild.status === "rejected") throw apiChild.reason;
    if (workerChild.status === "rejected") throw workerChild.reason;
    return [apiChild.value, workerChild.value] as [ApiProcess, ChildApp];
  });
  results.idleRss = await step("idle memory (after 10 s at rest)", async () => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    return { api: Math.round(await rssMegabytes(api.pid)), worker: Math.round(await rssMegabytes(worker.pid)) };
  });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  cleanups.push(() => pool.end());
  const client = new TrpcClient({ baseUrl: api.baseUrl, bearer: token });
  cleanups.push(() => Promise.resolve(client.close()));
  const loadAtStart = currentLoad();

  const queries = listQueries(options.users);
  const rounds = options.fullRun ? { warmup: 20, rounds: 200, budgetMs: 12_000, minimumRounds: 3 } : { warmup: 5, rounds: 40, budgetMs: 2000, minimumRounds: 3 };
  results.list = (await attempt("users.list", () => measureList(client, pool, queries, rounds))) ?? [];
  results.lookups = (await attempt("users.paths and users.autocomplete", () => measureLookups(client, db.url, options.fullRun ? { warmup: 5, rounds: 100, budgetMs: 10_000, minimumRounds: 3 } : { warmup: 2, rounds: 20, budgetMs: 1000, minimumRounds: 1 }))) ?? [];
  const member = activeUserWithPassword(Math.floor(options.users * 0.4));
  const applicationRounds = options.fullRun ? { warmup: 20, rounds: 200, budgetMs: 12_000, minimumRounds: 3 } : { warmup: 5, rounds: 40, budgetMs: 2000, minimumRounds: 3 };
  results.applications =
    (await attempt("applications.mine and users.applications", () =>
      measureApplications(client, pool, api.baseUrl, { id: seedUser(member.index).id, username: member.username, password: seededPassword }, applicationRounds),
    )) ?? [];
  results.stats = (await attempt("dashboards: stats.* and users.activity", () => measureStats(client, pool, { busiest: eventsSeed.busiestUserId, typical: eventsSeed.typicalUserId }, applicationRounds))) ?? [];
  results.load = await attempt("under load (1, 16, 64 connections)", async () => {
    const browser = await signIn(api.baseUrl, member.username, seededPassword);
    try {
      const bearer = { authorization: `Bearer ${token}` };
      const targets: LoadTarget[] = [
        { label: "auth.me (API token)", path: trpcQueryPath("auth.me"), headers: bearer, minShareOfStatic: 0.4 },
        { label: "users.get (API token)", path: trpcQueryPath("users.get", { id: seedUser(member.index).id }), headers: bearer, minShareOfStatic: 0.35 },
        { label: 'users.list folder "users/eng"', path: trpcQueryPath("users.list", { path: "users/eng" }), headers: bearer, minShareOfStatic: 0.15 },
        { label: `applications.mine (session of ${member.username})`, path: trpcQueryPath("applications.mine"), headers: { cookie: `${sessionCookie}=${browser.cookie(sessionCookie) ?? ""}` } },
      ];
      return await measureLoad(api.baseUrl, { api: api.pid, worker: worker.pid }, pool, targets, { seconds: options.fullRun ? 5 : 1, connections: [1, 16, 64] });
    } finally {
      browser.close();
    }
  });
  results.refreshGrants = await attempt("token endpoint: refresh grants (16 connections)", async () => {
    const oauth = await prepareRefreshGrantBench({ baseUrl: api.baseUrl, adminToken: token, chains: 16 });
    const load = await runRefreshGrantLoad(oauth, { connections: 16, durationMs: options.fullRun ? 10_000 : 2_000 });
    if (load.errors > 0) throw new Error(`${load.errors} refresh grants failed.`);
    const staticRate = results.load?.rows.find((row) => row.label === staticTarget.label && row.connections === 16)?.requestsPerSecond ?? 0;
    progress(`  ${Math.round(load.grantsPerSecond)} refresh grants/s, p50 ${load.p50Ms.toFixed(1)} / p95 ${load.p95Ms.toFixed(1)} ms`);
    return { grantsPerSecond: Math.round(load.grantsPerSecond), p50Ms: load.p50Ms, p95Ms: load.p95Ms, shareOfStatic: staticRate > 0 ? load.grantsPerSecond / staticRate : 0, cores: os.cpus().length };
  });
  const plans = await attempt("plans (EXPLAIN ANALYZE, BUFFERS)", () => explainQueries(pool, queries, options.users));
  if (plans) {
    results.plans = plans.map(({ text: _text, ...plan }) => plan);
    if (options.fullRun) {
      writePlans(plans);
      progress(`plans written to ${plansDir}`);
      const seqScans = plans.filter((plan) => plan.seqScanOnUsers);
      if (seqScans.length > 0) results.errors.push({ step: "plans", message: `Seq Scan on users in the plan of: ${seqScans.map((plan) => plan.label).join("; ")}` });
    }
  }
  results.exports = await attempt("export throughput", () => measureExport(client, pool, worker.pid));
  const target = activeUserWithPassword(Math.floor(options.users / 3));
  results.deactivation = await attempt("deactivation", () => measureDeactivation(client, pool, api.baseUrl, { username: target.username, password: seededPassword }));
  const signInUsers = [0, 1, 2, 3].map((offset) => activeUserWithPassword(Math.floor(options.users / 5) + offset * 97).username);
  results.signIn = await attempt("sign-in throughput", () => measureSignIn(api.baseUrl, signInUsers, seededPassword, options.fullRun ? 40 : 10));
  results.machine = await machineInfo(pool, loadAtStart);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  progress(`FAILED: ${message}`);
  results.errors.push({ step: "run", message });
} finally {
  await cleanUp();
}

results.wallSeconds = Math.round(elapsedSeconds());
writeResults(results);
process.stdout.write(`\n${markdownReport(results)}\n\n`);
progress(`results written to ${resultsFile}; wall time ${results.wallSeconds} s`);
process.exit(results.errors.length > 0 ? 1 : 0);
