/** The worker's configuration: environment variables checked once, here and nowhere else. */
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (pnpm start sets it for the embedded server)"),
  ROSTER_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  ROSTER_PUBLIC_URL: z.url().default("http://localhost:9000"),
  SMTP_URL: z.string().optional(),
  ROSTER_MAIL_FROM: z.string().default("Roster <noreply@localhost>"),
});

export type WorkerEnv = z.infer<typeof ZEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  return parsed.data;
}
