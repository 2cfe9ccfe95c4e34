/** Every task the worker runs, by the names in @roster/core's job catalogue. */
import type { TaskList } from "graphile-worker";
import { jobs } from "@roster/core";
import type { Database } from "@roster/db";
import { cleanupTask } from "./tasks/cleanup.js";
import { revokeUserSessionsTask } from "./tasks/revoke-user-sessions.js";

export function taskList(database: Database): TaskList {
  return {
    [jobs.cleanup.name]: cleanupTask(database),
    [jobs.revokeUserSessions.name]: revokeUserSessionsTask(database),
  };
}

export const crontab = `0 * * * * ${jobs.cleanup.name} ?jobKey=cleanup&jobKeyMode=replace`;
