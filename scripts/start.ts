/**
 * `pnpm start`: the whole product on one machine. Starts the embedded PostgreSQL (unless
 * DATABASE_URL is set), applies migrations, then runs the API (which bootstraps the first admin
 * and serves the console) and the worker as child processes, restarting either when it crashes.
 * Ctrl-C stops all of it cleanly; the data stays in ROSTER_DATA_DIR, private to the user running
 * Roster, for the next start.
 *
 * `pnpm start` runs this file compiled (`dist/start.js`) and the apps' compiled output, all built
 * by `pnpm build` beforehand; `pnpm dev` (`--dev`) runs it and the apps from their TypeScript
 * sources through tsx, with nothing to build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { EmbeddedPostgresError, migrateDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "@roster/db";
import { startCaptureServer, type CaptureServer } from "@roster/worker";
import { appArguments, type TApp, type TRunMode } from "./app-command.js";
import { ensureDatabase, rosterDatabaseName, savedPort } from "./embedded-database.js";

// scripts/start.ts and its build, dist/start.js, sit one folder below the repository's root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runMode: TRunMode = process.argv.includes("--dev") ? "source" : "compiled";
const env = z
  .object({
    DATABASE_URL: z.string().optional(),
    ROSTER_DATA_DIR: z.string().default(path.join(root, ".roster")),
    ROSTER_SECRET_KEY: z.string().optional(),
    SMTP_URL: z.string().optional(),
  })
  .parse(process.env);

const dataDir = path.resolve(env.ROSTER_DATA_DIR);
// As root, the embedded PostgreSQL runs as the postgres user, which must pass through the data
// directory to reach its own 0700 cluster folder in it: others may then enter, but neither list
// the directory nor read anything in it.
const dataDirMode = process.getuid?.() === 0 && !env.DATABASE_URL ? 0o711 : 0o700;
fs.mkdirSync(dataDir, { recursive: true, mode: dataDirMode });

let embedded: EmbeddedPostgres | undefined;
let capture: CaptureServer | undefined;
const children: SupervisedChild[] = [];
let stopping = false;

async function main(): Promise<void> {
  // First, so that a missing build is reported before anything starts.
  const apiArguments = appArguments(root, "api", runMode);
  const workerArguments = appArguments(root, "worker", runMode);
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("Starting the embedded PostgreSQL…");
    // In its own process group: Ctrl-C stops it last, after the API and the worker have let go of it.
    embedded = await startDatabase(path.join(dataDir, "postgres"), await savedPort(dataDir));
    databaseUrl = await ensureDatabase(embedded.url, rosterDatabaseName);
  }
  makeDataPrivate();
  console.log("Applying migrations…");
  await migrateDatabase(databaseUrl);
  const mail: NodeJS.ProcessEnv = {};
  if (!env.SMTP_URL) {
    // No mail server configured: catch outgoing mail locally and show it under System > Outbox.
    const directory = path.join(dataDir, "mail");
    capture = await startCaptureServer({ directory });
    Object.assign(mail, { SMTP_URL: capture.url, ROSTER_MAIL_CAPTURE_DIR: directory });
    console.log(`No SMTP_URL: outgoing mail is captured in ${directory} (System > Outbox).`);
  }
  const childEnv = { ...process.env, ...mail, DATABASE_URL: databaseUrl, ROSTER_SECRET_KEY: env.ROSTER_SECRET_KEY ?? secretKey() };
  children.push(supervise("api", apiArguments, childEnv));
  children.push(supervise("worker", workerArguments, childEnv));
}

/**
 * The embedded PostgreSQL, restarted on the same port and data when it exits on its own (the API
 * and the worker answer 503 meanwhile and carry on once it is back); after too many exits Roster
 * stops, saying so.
 */
const databaseRestarts = restartPolicy("embedded PostgreSQL");

function startDatabase(clusterDir: string, port: number): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres({
    dataDir: clusterDir,
    port,
    ownProcessGroup: true,
    onLog: (line) => console.log(line),
    onUnexpectedExit: (how) => {
      if (stopping) return;
      const delay = databaseRestarts(how);
      if (delay === undefined) return void shutdown(1);
      setTimeout(() => {
        if (stopping) return;
        // The folder the cluster really lives in (as root, maybe outside the checkout): never a new one.
        startDatabase(embedded?.dataDir ?? clusterDir, port).then(
          (started) => {
            embedded = started;
            console.log("The embedded PostgreSQL is running again.");
          },
          (error: unknown) => {
            console.error(`The embedded PostgreSQL could not be started again: ${error instanceof Error ? error.message : String(error)}`);
            void shutdown(1);
          },
        );
      }, delay);
    },
  });
}

/**
 * The data directory holds the secret key, the database password and captured mail (recovery
 * links): only the user running Roster may read it. Files from an earlier start are tightened;
 * the umask covers what is written from now on (captured mail, the secret key, the children's
 * files). It is set only once the embedded PostgreSQL is up, because its first start as root
 * hands a password file to the postgres user, which must be able to read it.
 */
function makeDataPrivate(): void {
  fs.chmodSync(dataDir, dataDirMode);
  for (const name of ["secret-key", "postgres-port", "postgres-password"]) {
    if (fs.existsSync(path.join(dataDir, name))) fs.chmodSync(path.join(dataDir, name), 0o600);
  }
  const mailDir = path.join(dataDir, "mail");
  if (fs.existsSync(mailDir)) {
    fs.chmodSync(mailDir, 0o700);
    for (const name of fs.readdirSync(mailDir)) if (name.endsWith(".eml")) fs.chmodSync(path.join(mailDir, name), 0o600);
  }
  process.umask(0o077);
}

function secretKey(): string {
  const file = path.join(dataDir, "secret-key");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * A crashed child is started again after a pause that doubles each time (1, 2, 4, 8 s). A fifth
 * crash within a minute means it cannot run (bad configuration, a broken build, a database that
 * is gone): then Roster stops, saying so, rather than loop.
 */
const restartDelaysMs = [1_000, 2_000, 4_000, 8_000];
const crashWindowMs = 60_000;

interface SupervisedChild {
  process: ChildProcess;
  pendingRestart: NodeJS.Timeout | undefined;
}

/** Counts a crash of `name`: the pause before its restart, or undefined (said why) when it crashed too often to go on. */
function restartPolicy(name: string): (how: string) => number | undefined {
  let recentCrashes: number[] = [];
  return (how) => {
    const now = Date.now();
    recentCrashes = [...recentCrashes.filter((time) => time > now - crashWindowMs), now];
    const delay = restartDelaysMs[recentCrashes.length - 1];
    if (delay === undefined) {
      console.error(`The ${name} process crashed ${recentCrashes.length} times within a minute (last: ${how}); giving up. Its errors are above.`);
      return undefined;
    }
    console.error(`The ${name} process stopped (${how}); restarting it in ${delay / 1000} s.`);
    return delay;
  };
}

function supervise(name: TApp, args: string[], childEnv: NodeJS.ProcessEnv): SupervisedChild {
  const spawnChild = () => spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ["ignore", "inherit", "inherit"] }).on("exit", onExit);
  const supervised: SupervisedChild = { process: spawnChild(), pendingRestart: undefined };
  const restarts = restartPolicy(name);
  function onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (stopping) return;
    const delay = restarts(signal ?? `code ${code}`);
    if (delay === undefined) {
      void shutdown(1);
      return;
    }
    supervised.pendingRestart = setTimeout(() => {
      supervised.pendingRestart = undefined;
      supervised.process = spawnChild();
    }, delay);
  }
  return supervised;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Roster…");
  await Promise.all(
    children.map(
      ({ process: child, pendingRestart }) =>
        new Promise<void>((resolve) => {
          clearTimeout(pendingRestart);
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  await capture?.close();
  await embedded?.stop();
  console.log("Stopped.");
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: unknown) => {
  const message = error instanceof EmbeddedPostgresError || error instanceof Error ? error.message : String(error);
  console.error(`Roster could not start: ${message}`);
  await shutdown(1);
});
