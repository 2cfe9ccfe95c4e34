/**
 * Builds the CSV of a user export (see `runUserExport` in @roster/db): streams the users through a
 * database cursor into stored chunks, marks the export done and notifies the requester once.
 * Throws to retry; a retry starts the file afresh. After the job's last attempt the export is
 * marked failed and the requester is told.
 */
import type { Task } from "graphile-worker";
import { jobs } from "@roster/core";
import { runUserExport, type Database } from "@roster/db";

export function userExportTask(database: Database): Task {
  return async (rawPayload, helpers) => {
    const payload = jobs.userExport.payload.parse(rawPayload);
    await runUserExport(database.fork(), payload.exportId, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts, jobId: helpers.job.id });
  };
}
