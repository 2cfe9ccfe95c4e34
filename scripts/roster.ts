/**
 * `pnpm roster <command>`: operator commands, run at the shell against DATABASE_URL or the
 * embedded PostgreSQL under ROSTER_DATA_DIR (attached while `pnpm start` runs, else started for
 * the command and stopped after it).
 *
 *   pnpm roster recovery-key <username>   a single-use sign-in link, valid for one hour
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { createOperatorRecoveryKey, openDatabase } from "@roster/db";
import { openExistingEmbeddedDatabase, type LocalDatabase } from "./embedded-database.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = z
  .object({
    DATABASE_URL: z.string().optional(),
    ROSTER_DATA_DIR: z.string().default(path.join(root, ".roster")),
    ROSTER_PUBLIC_URL: z.url().default("http://localhost:9000"),
  })
  .parse(process.env);

const usage = "Usage: pnpm roster recovery-key <username>";

async function main(args: string[]): Promise<void> {
  const [command, username, ...rest] = args;
  if (command !== "recovery-key" || !username || rest.length > 0) throw new UsageError(usage);
  const local = await openLocalDatabase();
  // Stopped whatever happens: an embedded server started here would otherwise outlive the command.
  try {
    const database = await openDatabase({ url: local.url, poolMax: 1 });
    try {
      const { link, expiresAt } = await createOperatorRecoveryKey(database.fork(), username, { publicUrl: new URL(env.ROSTER_PUBLIC_URL) });
      console.log(`A sign-in link for "${username}", valid once until ${expiresAt}:\n\n  ${link}\n`);
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
