/** A database of one's own for one test file, cloned from the migrated template. */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { admin, withDatabase } from "./global-setup.js";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("rosterServerUrl");
  const template = inject("rosterTemplateDatabase");
  const name = `${template.replace("template", "test")}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
