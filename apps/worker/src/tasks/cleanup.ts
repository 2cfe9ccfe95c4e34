/** Hourly clean-up of what is past its date (see `runCleanup` in @roster/db). */
import type { Task } from "graphile-worker";
import { runCleanup, type Database } from "@roster/db";

export function cleanupTask(database: Database): Task {
  return async (_payload, helpers) => {
    const counts = await runCleanup(database.fork());
    helpers.logger.info(`cleanup: ${Object.entries(counts).map(([name, count]) => `${name}=${count}`).join(" ")}`);
  };
}
