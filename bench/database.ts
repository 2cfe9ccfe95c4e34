/**
 * The benchmark's own database: a temporary embedded PostgreSQL cluster (so `pnpm start`'s data
 * is never touched), or, when DATABASE_URL is set, a fresh database created on that server and
 * dropped at the end.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "@roster/db";
import { startEmbeddedPostgres } from "@roster/db/embedded";
import { progress } from "./progress.js";

export interface BenchDatabase {
  url: string;
  /** "embedded" or the server's host:port. */
  server: string;
  stop(): Promise<void>;
}

export async function prepareDatabase(databaseUrl: string | null): Promise<BenchDatabase> {
  const database = databaseUrl ? await createOnServer(databaseUrl) : await startEmbedded();
  try {
    await migrateDatabase(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}

async function startEmbedded(): Promise<BenchDatabase> {
  const folder = path.join(os.tmpdir(), `roster-bench-${randomBytes(4).toString("hex")}`);
  // pg_stat_statements counts the statements per request in the load section.
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, "postgres"), temporary: true, onLog: progress, settings: { shared_preload_libraries: "pg_stat_statements" } });
  progress(`embedded PostgreSQL on port ${embedded.port} (temporary data in ${embedded.dataDir})`);
  return {
    url: embedded.url,
    server: "embedded",
    async stop() {
      await embedded.stop();
      // The cluster's password file sits beside its data folder.
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createOnServer(serverUrl: string): Promise<BenchDatabase> {
  const name = `roster_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  progress(`created database ${name} on ${url.host}`);
  return {
    url: url.toString(),
    server: url.host,
    async stop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
