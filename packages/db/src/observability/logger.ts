/**
 * The one logger of the API and the worker (pino): one JSON line per event, written through an
 * asynchronous destination so that a request never waits for stdout; pretty and coloured when a
 * person watches a terminal. Nothing secret is ever handed to it (no bodies, no query strings,
 * no headers); the redaction below is a second fence for a field someone adds by mistake.
 */
import { pino, type Logger } from "pino";
import { PinoPretty } from "pino-pretty";

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
    return pino(settings, PinoPretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", destination: options.file ?? 1, sync: false }));
  }
  return pino(settings, pino.destination({ dest: options.file ?? 1, sync: false, mkdir: true }));
}

/** For tests and tools that want no output. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
