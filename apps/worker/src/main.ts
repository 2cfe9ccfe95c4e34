/**
 * The worker process. Production runs its build, `dist/main.js` (`pnpm build`); `pnpm dev` runs
 * this file through tsx. SIGTERM (or Ctrl-C) lets running jobs finish; graphile-worker gives back
 * to the queue any that do not finish in time, so no job is lost.
 */
import { openDatabase } from "@roster/db";
import { createLogger } from "@roster/db/observability";
import { readEnv } from "./env.js";
import { startMetricsServer } from "./operations/metrics-server.js";
import { startWorker } from "./worker.js";

const env = readEnv();
const logger = createLogger({ service: "worker", level: env.ROSTER_LOG_LEVEL, format: env.ROSTER_LOG_FORMAT });
const database = await openDatabase({ url: env.DATABASE_URL, poolMax: env.ROSTER_WORKER_CONCURRENCY + 2 });
const worker = await startWorker({
  databaseUrl: env.DATABASE_URL,
  database,
  concurrency: env.ROSTER_WORKER_CONCURRENCY,
  smtpUrl: env.SMTP_URL ?? null,
  mailFrom: env.ROSTER_MAIL_FROM,
  logger,
  heartbeat: { intervalSeconds: env.ROSTER_WORKER_HEARTBEAT_SECONDS, reclaimAfterSeconds: env.ROSTER_WORKER_RECLAIM_AFTER_SECONDS },
});
const metrics = env.ROSTER_WORKER_METRICS_PORT === undefined ? null : await startMetricsServer(worker.metrics.registry, env.ROSTER_METRICS_TOKEN, env.ROSTER_WORKER_METRICS_PORT, env.ROSTER_WORKER_METRICS_HOST);
// A plain line for the person (and the supervisor) watching, whatever the log level.
console.log(`Roster worker running: ${worker.id}, concurrency ${env.ROSTER_WORKER_CONCURRENCY}${metrics ? `, metrics on ${metrics.url}` : ""}`);

// Ctrl-C under pnpm start sends SIGINT to every process, and the launcher then sends SIGTERM:
// the second signal joins the shutdown already under way.
let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    logger.info({ workerId: worker.id }, "stopping: letting running jobs finish");
    await worker.stop();
    await metrics?.close();
    await database.close();
    logger.flush(() => process.exit(0));
  })();
  return stopping;
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
