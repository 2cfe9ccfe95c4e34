/** The service's configuration: where Roster is and the API token to call it with. */
import { z } from "zod";

const ZEnv = z.object({
  ROSTER_URL: z.url("ROSTER_URL must be the URL Roster serves at, such as http://localhost:9000."),
  ROSTER_TOKEN: z.string("ROSTER_TOKEN must be an API token key.").min(1, "ROSTER_TOKEN must be an API token key."),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data;
}
