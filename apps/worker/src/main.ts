/**
 * The worker process. Ctrl-C (or SIGTERM) lets running jobs finish first. Production runs its
 * build, `dist/main.js` (`pnpm build`); `pnpm dev` runs this file through tsx.
 */
import { openDatabase } from "@roster/db";
import { readEnv } from "./env.js";
import { startWorker } from "./worker.js";

const env = readEnv();
const database = await openDatabase({ url: env.DATABASE_URL, poolMax: env.ROSTER_WORKER_CONCURRENCY + 2 });
const runner = await startWorker({ databaseUrl: env.DATABASE_URL, database, concurrency: env.ROSTER_WORKER_CONCURRENCY, smtpUrl: env.SMTP_URL ?? null, mailFrom: env.ROSTER_MAIL_FROM });
console.log(`Roster worker running (concurrency ${env.ROSTER_WORKER_CONCURRENCY})`);

// Ctrl-C under pnpm start sends SIGINT to every process, and the launcher then sends SIGTERM:
// the second signal joins the shutdown already under way.
let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await runner.stop();
    await database.close();
    process.exit(0);
  })();
  return stopping;
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
