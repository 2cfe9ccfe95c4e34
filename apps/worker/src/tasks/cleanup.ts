/**
 * Hourly clean-up: expired sessions, tokens and flow state, login throttles that have lapsed,
 * events past their retention, and exports older than 30 days. Idempotent: it only deletes
 * what is already past its date.
 */
import type { Task } from "graphile-worker";
import { sqlCount, type Database } from "@roster/db";

export function cleanupTask(database: Database): Task {
  return async (_payload, helpers) => {
    const em = database.fork();
    const counts: Record<string, number> = {};
    const statements: [string, string][] = [
      ["sessions", "DELETE FROM sessions WHERE expires < now()"],
      ["tokens", "DELETE FROM api_tokens WHERE expiring AND expires < now()"],
      ["flowStates", "DELETE FROM flow_states WHERE expires < now()"],
      ["loginAttempts", "DELETE FROM login_attempts WHERE coalesce(locked_until, window_start) < now() - interval '1 hour'"],
      ["events", "DELETE FROM events WHERE expires < now()"],
      ["exports", "DELETE FROM data_exports WHERE requested_at < now() - interval '30 days'"],
    ];
    for (const [name, statement] of statements) counts[name] = await sqlCount(em, statement);
    helpers.logger.info(`cleanup: ${Object.entries(counts).map(([name, count]) => `${name}=${count}`).join(" ")}`);
  };
}
