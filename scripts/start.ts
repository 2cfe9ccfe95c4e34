/**
 * `pnpm start`: the whole product on one machine. Starts the embedded PostgreSQL (unless
 * DATABASE_URL is set), applies migrations, then runs the API (which bootstraps the first admin
 * and serves the console) and the worker as child processes. Ctrl-C stops all of it cleanly;
 * the data stays in ROSTER_DATA_DIR for the next start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { z } from "zod";
import { EmbeddedPostgresError, migrateDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "@roster/db";
import { startCaptureServer, type CaptureServer } from "@roster/worker";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = z
  .object({
    DATABASE_URL: z.string().optional(),
    ROSTER_DATA_DIR: z.string().default(path.join(root, ".roster")),
    ROSTER_SECRET_KEY: z.string().optional(),
    SMTP_URL: z.string().optional(),
  })
  .parse(process.env);

const dataDir = path.resolve(env.ROSTER_DATA_DIR);
fs.mkdirSync(dataDir, { recursive: true });

let embedded: EmbeddedPostgres | undefined;
let capture: CaptureServer | undefined;
const children: ChildProcess[] = [];
let stopping = false;

async function main(): Promise<void> {
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("Starting the embedded PostgreSQL…");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: await savedPort(), onLog: (line) => console.log(line) });
    databaseUrl = await ensureDatabase(embedded.url, "roster");
  }
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
  children.push(run("api", path.join(root, "apps/api/src/main.ts"), childEnv));
  children.push(run("worker", path.join(root, "apps/worker/src/main.ts"), childEnv));
}

/** The embedded server keeps its port across restarts, so bookmarked URLs in logs stay true. */
async function savedPort(): Promise<number | undefined> {
  const file = path.join(dataDir, "postgres-port");
  if (fs.existsSync(file)) return Number(fs.readFileSync(file, "utf8"));
  const { freePort } = await import("@roster/db/embedded");
  const port = await freePort();
  fs.writeFileSync(file, String(port));
  return port;
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function secretKey(): string {
  const file = path.join(dataDir, "secret-key");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

function run(name: string, entry: string, childEnv: NodeJS.ProcessEnv): ChildProcess {
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const child = spawn(tsx, [entry], { env: childEnv, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`The ${name} process stopped (${signal ?? `code ${code}`}); shutting down.`);
      void shutdown(1);
    }
  });
  return child;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Roster…");
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
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
