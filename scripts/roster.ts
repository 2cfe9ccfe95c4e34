/**
 * `pnpm roster <command>`: operator commands, run at the shell against DATABASE_URL or the
 * embedded PostgreSQL under ROSTER_DATA_DIR (attached while `pnpm start` runs, else started for
 * the command and stopped after it).
 *
 *   pnpm roster recovery-key <username>   a single-use sign-in link, valid for one hour
 *   pnpm roster rotate-signing-key        a new OAuth signing key (API replicas sign with it once restarted)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { createOperatorRecoveryKey, openDatabase, rotateSigningKey, sealingKey, type Database } from "@roster/db";
import { openExistingEmbeddedDatabase, type LocalDatabase } from "./embedded-database.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = z
  .object({
    DATABASE_URL: z.string().optional(),
    ROSTER_DATA_DIR: z.string().default(path.join(root, ".roster")),
    ROSTER_PUBLIC_URL: z.url().default("http://localhost:9000"),
    ROSTER_SECRET_KEY: z.string().min(16).optional(),
  })
  .parse(process.env);

const usage = "Usage: pnpm roster recovery-key <username> | pnpm roster rotate-signing-key";

async function recoveryKey(database: Database, username: string): Promise<void> {
  const { link, expiresAt } = await createOperatorRecoveryKey(database.fork(), username, { publicUrl: new URL(env.ROSTER_PUBLIC_URL) });
  console.log(`A sign-in link for "${username}", valid once until ${expiresAt}:\n\n  ${link}\n`);
}

/** The key the API seals signing keys with: ROSTER_SECRET_KEY, or the one `pnpm start` keeps under ROSTER_DATA_DIR. */
function secretKey(): string {
  if (env.ROSTER_SECRET_KEY) return env.ROSTER_SECRET_KEY;
  try {
    return readFileSync(path.join(path.resolve(env.ROSTER_DATA_DIR), "secret-key"), "utf8").trim();
  } catch {
    throw new Error("Set ROSTER_SECRET_KEY to the API's key (none was found under ROSTER_DATA_DIR): a key sealed with another one could not be read by the API.");
  }
}

async function rotateKey(database: Database): Promise<void> {
  await rotateSigningKey(database.fork(), sealingKey(secretKey(), "oauth-signing-keys"));
  console.log("A new OAuth signing key was made. Restart the API replicas to sign with it; the previous key stays published in the JWKS.");
}

function command(args: string[]): (database: Database) => Promise<void> {
  const [name, argument, ...rest] = args;
  if (name === "recovery-key" && argument && rest.length === 0) return (database) => recoveryKey(database, argument);
  if (name === "rotate-signing-key" && argument === undefined) return rotateKey;
  throw new UsageError(usage);
}

async function main(args: string[]): Promise<void> {
  const run = command(args);
  const local = await openLocalDatabase();
  // Stopped whatever happens: an embedded server started here would otherwise outlive the command.
  try {
    const database = await openDatabase({ url: local.url, poolMax: 1 });
    try {
      await run(database);
    } finally {
      await database.close();
    }
  } finally {
    await local.stop();
  }
}

function openLocalDatabase(): Promise<LocalDatabase> {
  if (env.DATABASE_URL) return Promise.resolve({ url: env.DATABASE_URL, stop: () => Promise.resolve() });
  return openExistingEmbeddedDatabase(path.resolve(env.ROSTER_DATA_DIR), (line) => console.error(line));
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    // Refusals and launcher failures are written for the operator: print them as they are.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
