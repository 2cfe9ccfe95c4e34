/**
 * The one logger of the API and the worker (pino): one JSON line per event, written through an
 * asynchronous destination so that a request never waits for stdout; pretty and coloured when a
 * person watches a terminal. Nothing secret is ever handed to it (no bodies, no query strings,
 * no headers); the redaction below is a second fence for a field someone adds by mistake.
 */
import { createRequire } from "node:module";
import { pino, type Logger } from "pino";
import type { PinoPretty } from "pino-pretty";

/** pino-pretty is loaded only when a terminal watches: a service writing JSON never holds it in memory. */
function prettyStream(options: Parameters<typeof PinoPretty>[0]): ReturnType<typeof PinoPretty> {
  const { PinoPretty: pretty } = createRequire(import.meta.url)("pino-pretty") as { PinoPretty: typeof PinoPretty };
  return pretty(options);
}

export type { Logger } from "pino";

export type LogFormat = "json" | "pretty";

export interface LoggerOptions {
  service: "api" | "worker";
  level?: string;
  /** Default: pretty when stdout is a terminal. */
  format?: LogFormat;
  /** A file to append to instead of stdout (tests read it back). */
  file?: string;
}

const redactedPaths = ["password", "token", "secret", "authorization", "cookie", "*.password", "*.token", "*.secret", "*.authorization", "*.cookie"];

export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level ?? "info",
    base: { service: options.service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactedPaths, censor: "[redacted]" },
  };
  const format = options.format ?? (process.stdout.isTTY && !options.file ? "pretty" : "json");
  if (format === "pretty") {
    return pino(settings, prettyStream({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", destination: options.file ?? 1, sync: false }));
  }
  return pino(settings, pino.destination({ dest: options.file ?? 1, sync: false, mkdir: true }));
}

/** For tests and tools that want no output. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
