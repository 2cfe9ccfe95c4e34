/** Logs and metrics shared by the API and the worker (`@roster/db/observability`). */
export { createLogger, silentLogger, type Logger, type LoggerOptions, type LogFormat } from "./logger.js";
export { registerPoolMetrics } from "./pool-metrics.js";
export { metricsHandler } from "./metrics-endpoint.js";
