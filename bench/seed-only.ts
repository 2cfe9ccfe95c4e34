/**
 * `pnpm exec tsx bench/seed-only.ts [--users N] [--keep]`: the benchmark's seeding step alone,
 * for tuning it without a full run. Prepares the same database as `pnpm bench` (embedded, or a
 * new database on DATABASE_URL's server), seeds it and prints each phase's time. With `--keep`
 * the database is left in place (DATABASE_URL only) and its URL printed, for EXPLAIN sessions.
 */
import { z } from "zod";
import { prepareDatabase } from "./database.js";
import { progress } from "./progress.js";
import { seedDatabase } from "./seed.js";

const ZEnv = z.object({ DATABASE_URL: z.string().min(1).optional() });

function readArgs(argv: readonly string[]): { users: number; keep: boolean } {
  let users = 1_000_000;
  let keep = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") continue;
    if (arg === "--keep") keep = true;
    else if (arg === "--users") users = z.coerce.number().int().min(1000).parse(argv[++index]);
    else throw new Error(`Unknown argument "${arg}". Usage: tsx bench/seed-only.ts [--users N] [--keep]`);
  }
  return { users, keep };
}

const { users, keep } = readArgs(process.argv.slice(2));
const databaseUrl = ZEnv.parse({ DATABASE_URL: process.env.DATABASE_URL || undefined }).DATABASE_URL ?? null;
if (keep && !databaseUrl) throw new Error("--keep needs DATABASE_URL: the embedded cluster is temporary.");
const database = await prepareDatabase(databaseUrl);
try {
  const result = await seedDatabase(database.url, users);
  const { phases, ...totals } = result;
  process.stdout.write(`${JSON.stringify(totals)}\n${phases.map((phase) => `${phase.seconds.toFixed(2).padStart(7)} s  ${phase.phase}`).join("\n")}\n`);
} finally {
  if (keep) progress(`kept ${database.url}`);
  else await database.stop();
}
