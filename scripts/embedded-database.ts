/**
 * The embedded PostgreSQL under ROSTER_DATA_DIR, shared by `pnpm start` (which runs it) and
 * `pnpm roster` (which attaches to it while `pnpm start` runs, or starts it for one command).
 * The server keeps its port across restarts; Roster's data lives in its `roster` database.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@roster/db";
import { freePort } from "@roster/db/embedded";

export const rosterDatabaseName = "roster";

export interface LocalDatabase {
  url: string;
  /** Stops the server when this process started it; leaves one it attached to running. */
  stop(): Promise<void>;
}

/** The embedded server keeps its port across restarts, so bookmarked URLs in logs stay true. */
export async function savedPort(dataDir: string): Promise<number> {
  const file = portFile(dataDir);
  if (fs.existsSync(file)) return Number(fs.readFileSync(file, "utf8"));
  const port = await freePort();
  fs.writeFileSync(file, String(port));
  return port;
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

/**
 * For a command run beside `pnpm start`: the running server when there is one, else the server
 * started for this command. Refuses a data folder `pnpm start` never used (no saved port): an
 * operator command has nothing to act on there, and should not create a cluster.
 */
export async function openExistingEmbeddedDatabase(dataDir: string, onLog: (line: string) => void): Promise<LocalDatabase> {
  if (!fs.existsSync(portFile(dataDir))) {
    throw new Error(`There is no Roster data in ${dataDir}. Run "pnpm start" once, or set DATABASE_URL to Roster's PostgreSQL.`);
  }
  const port = Number(fs.readFileSync(portFile(dataDir), "utf8"));
  const running = runningServerUrl(dataDir, port);
  if (running && (await accepts(running))) return { url: withDatabase(running, rosterDatabaseName), stop: () => Promise.resolve() };
  onLog("Starting the embedded PostgreSQL…");
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port, onLog });
  return { url: withDatabase(embedded.url, rosterDatabaseName), stop: () => embedded.stop() };
}

function portFile(dataDir: string): string {
  return path.join(dataDir, "postgres-port");
}

/**
 * The URL of the server `pnpm start` runs, from the password file the launcher keeps beside the
 * cluster (packages/db/src/embedded.ts). Absent when the cluster lives in the root fallback
 * folder under /var/tmp: then the command starts its own server, or says it is in use.
 */
function runningServerUrl(dataDir: string, port: number): string | null {
  const passwordFile = path.join(dataDir, "postgres-password");
  if (!fs.existsSync(passwordFile)) return null;
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

async function accepts(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
