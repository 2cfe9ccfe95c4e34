/** Ends a user's sessions, refresh tokens and flow state (see `revokeUserSessions` in @roster/db). */
import type { Task } from "graphile-worker";
import { jobs } from "@roster/core";
import { revokeUserSessions, type Database } from "@roster/db";

export function revokeUserSessionsTask(database: Database): Task {
  return async (rawPayload, helpers) => {
    const payload = jobs.revokeUserSessions.payload.parse(rawPayload);
    await revokeUserSessions(database.fork(), payload, { isRetry: helpers.job.attempts > 1 });
  };
}
