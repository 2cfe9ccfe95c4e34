/**
 * The benchmark's command line (`--users N`) and environment (`DATABASE_URL`), checked once here:
 * the rest of bench/ reads neither argv nor process.env.
 */
import { z } from "zod";

/** At this size a run is a "full" run: plans are saved to bench/plans and checked. */
export const fullRunUsers = 1_000_000;

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1).optional(),
});

const ZArgs = z.object({
  users: z.coerce.number().int().min(1000, "--users must be at least 1000").max(10_000_000).default(fullRunUsers),
});

export interface BenchOptions {
  users: number;
  /** A server to create the benchmark's own database on; embedded PostgreSQL when absent. */
  databaseUrl: string | null;
  fullRun: boolean;
}

export function readOptions(argv: readonly string[] = process.argv.slice(2), env: Record<string, string | undefined> = process.env): BenchOptions {
  const raw: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--") continue;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unknown argument "${arg}". Usage: pnpm bench [--users N]`);
    const value = match[2] ?? argv[++index];
    if (value === undefined) throw new Error(`--${match[1]} needs a value. Usage: pnpm bench [--users N]`);
    raw[match[1]] = value;
  }
  const unknown = Object.keys(raw).filter((key) => key !== "users");
  if (unknown.length > 0) throw new Error(`Unknown option --${unknown.join(", --")}. Usage: pnpm bench [--users N]`);
  const args = ZArgs.safeParse(raw);
  if (!args.success) throw new Error(args.error.issues.map((issue) => issue.message).join("; "));
  const parsedEnv = ZEnv.parse({ DATABASE_URL: env.DATABASE_URL || undefined });
  return { users: args.data.users, databaseUrl: parsedEnv.DATABASE_URL ?? null, fullRun: args.data.users >= fullRunUsers };
}
