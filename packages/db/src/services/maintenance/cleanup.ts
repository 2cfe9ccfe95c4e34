/**
 * The hourly clean-up: expired sessions, tokens, OAuth artifacts and refresh tokens, and flow
 * state; login throttles that have lapsed; events past their retention; exports and job runs older
 * than 30 days; workers gone for a day. It also folds the dashboards' counter shards
 * (stats/fold-counter-shards.ts). Idempotent: it only deletes what is already past its date, and a
 * fold keeps every sum. Returns how many rows of each kind went.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sqlCount } from "../../sql.js";
import { counterFoldStatements } from "../stats/fold-counter-shards.js";

const statements: [string, string][] = [
  ["sessions", "DELETE FROM sessions WHERE expires < now()"],
  ["tokens", "DELETE FROM api_tokens WHERE expiring AND expires < now()"],
  ["flowStates", "DELETE FROM flow_states WHERE expires < now()"],
  ["loginAttempts", "DELETE FROM login_attempts WHERE coalesce(locked_until, window_start) < now() - interval '1 hour'"],
  ["events", "DELETE FROM events WHERE expires < now()"],
  ["oauthArtifacts", "DELETE FROM oauth_artifacts WHERE expires_at < now()"],
  ["refreshTokens", "DELETE FROM refresh_tokens WHERE expires < now()"],
  ["exports", "DELETE FROM data_exports WHERE requested_at < now() - interval '30 days'"],
  ["jobRuns", "DELETE FROM job_runs WHERE finished_at < now() - interval '30 days'"],
  // A worker gone for a day holds no lock worth showing; its row would only pile up.
  ["workers", "DELETE FROM worker_heartbeats WHERE last_seen_at < now() - interval '1 day' AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.locked_by = ANY(slot_ids))"],
  ...counterFoldStatements,
];

export async function runCleanup(em: EntityManager): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, statement] of statements) counts[name] = await sqlCount(em, statement);
  return counts;
}
