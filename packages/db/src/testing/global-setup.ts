/**
 * Vitest global setup shared by every package with database tests: a PostgreSQL server
 * (DATABASE_URL, or an embedded one in a temporary folder), and a template database migrated
 * once. Each test file clones the template (see `createTestDatabase`).
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded.js";
import { migrateDatabase } from "../migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    rosterServerUrl: string;
    rosterTemplateDatabase: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  const server = external
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `roster-test-${randomBytes(4).toString("hex")}`, "postgres"), temporary: true });
  const serverUrl = external ?? server?.url ?? "";
  const template = `roster_template_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE ${template}`);
  await migrateDatabase(withDatabase(serverUrl, template));
  project.provide("rosterServerUrl", serverUrl);
  project.provide("rosterTemplateDatabase", template);
  return async () => {
    await dropLeftovers(serverUrl, template);
    await server?.stop();
  };
}

export async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dropLeftovers(serverUrl: string, template: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const clones = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${template.replace("template", "test")}%`]);
    for (const { datname } of clones.rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
