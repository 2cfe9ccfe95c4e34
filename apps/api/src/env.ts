/** The API's configuration: environment variables checked once, here and nowhere else. */
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (pnpm start sets it for the embedded server)"),
  PORT: z.coerce.number().int().min(0).max(65535).default(9000),
  HOST: z.string().default("127.0.0.1"),
  ROSTER_PUBLIC_URL: z.url().default("http://localhost:9000"),
  ROSTER_TRUSTED_PROXIES: z.string().default(""),
  /** Signs device cookies; `pnpm start` generates one into ROSTER_DATA_DIR. Unset: a random key per process. */
  ROSTER_SECRET_KEY: z.string().min(16, "ROSTER_SECRET_KEY must be at least 16 characters long").optional(),
  ROSTER_BOOTSTRAP_PASSWORD: z.string().min(1).optional(),
  ROSTER_BOOTSTRAP_EMAIL: z.string().default("admin@localhost"),
  ROSTER_BOOTSTRAP_TOKEN: z.string().min(1).optional(),
  ROSTER_WEB_DIST: z.string().optional(),
  /** Set by `pnpm start` when it runs the built-in SMTP capture: its folder of .eml files. */
  ROSTER_MAIL_CAPTURE_DIR: z.string().optional(),
  /** `GET /metrics` answers with `Authorization: Bearer <this>`; unset: no metrics. */
  ROSTER_METRICS_TOKEN: z.string().min(16, "ROSTER_METRICS_TOKEN must be at least 16 characters long").optional(),
  ROSTER_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Default: pretty in a terminal, JSON lines otherwise. */
  ROSTER_LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
});

export type ApiEnv = z.infer<typeof ZEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
