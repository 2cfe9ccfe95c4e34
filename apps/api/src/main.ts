/**
 * The API process, with the configuration from the environment. Production runs its build,
 * `dist/main.js` (`pnpm build`); `pnpm dev` runs this file through tsx (scripts/app-command.ts).
 * SIGTERM (or Ctrl-C) stops taking connections, answers the requests in flight, then exits.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bootstrap, openDatabase } from "@roster/db";
import { createLogger } from "@roster/db/observability";
import { appConfigFrom } from "./app-config.js";
import { readEnv } from "./env.js";
import { livePath, readyPath } from "./http/health.js";
import { apiStatementTimeoutMs, startServer } from "./server.js";

const env = readEnv();
const logger = createLogger({ service: "api", level: env.ROSTER_LOG_LEVEL, format: env.ROSTER_LOG_FORMAT });
const database = await openDatabase({ url: env.DATABASE_URL, poolMax: 20, statementTimeoutMs: apiStatementTimeoutMs });
const result = await bootstrap(database.fork(), { password: env.ROSTER_BOOTSTRAP_PASSWORD, email: env.ROSTER_BOOTSTRAP_EMAIL, token: env.ROSTER_BOOTSTRAP_TOKEN });
// From src/main.ts and from its build, dist/main.js, alike: apps/web/dist.
const webDist = env.ROSTER_WEB_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");
const running = await startServer({ app: appConfigFrom(env), database, webDist, port: env.PORT, host: env.HOST, logger, metricsToken: env.ROSTER_METRICS_TOKEN });

// For the person who ran `pnpm start`: plain lines on stdout, not log records (the password is
// shown once here and never logged).
const origin = env.ROSTER_PUBLIC_URL.replace(/\/$/, "");
console.log(`Roster is running at ${env.ROSTER_PUBLIC_URL} (listening on ${running.url})`);
console.log(`  health:      ${origin}${livePath}  ${origin}${readyPath}`);
if (env.ROSTER_METRICS_TOKEN) console.log(`  metrics:     ${origin}/metrics (Bearer ROSTER_METRICS_TOKEN)`);
if (result.admin) {
  console.log(`  first admin: ${result.admin.username}`);
  if (result.admin.passwordGenerated) console.log(`  password:    ${result.admin.password}   (shown once; change it after signing in)`);
  else console.log("  password:    the value of ROSTER_BOOTSTRAP_PASSWORD");
}

// Ctrl-C under pnpm start sends SIGINT to every process, and the launcher then sends SIGTERM:
// the second signal joins the shutdown already under way.
let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    logger.info("stopping: answering the requests in flight");
    await running.close();
    await database.close();
    logger.flush(() => process.exit(0));
  })();
  return stopping;
}
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
