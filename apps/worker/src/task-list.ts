/** Every task the worker runs, by the names in @roster/core's job catalogue. */
import type { TaskList } from "graphile-worker";
import { jobs } from "@roster/core";
import type { Database } from "@roster/db";
import { cleanupTask } from "./tasks/cleanup.js";
import { revokeUserSessionsTask } from "./tasks/revoke-user-sessions.js";
import { sendEmailTask, type SendEmailOptions } from "./tasks/send-email.js";
import { userExportTask } from "./tasks/user-export.js";

export interface TaskOptions {
  mail: SendEmailOptions;
}

export function taskList(database: Database, options: TaskOptions): TaskList {
  return {
    [jobs.cleanup.name]: cleanupTask(database),
    [jobs.revokeUserSessions.name]: revokeUserSessionsTask(database),
    [jobs.sendEmail.name]: sendEmailTask(database, options.mail),
    [jobs.userExport.name]: userExportTask(database),
  };
}
