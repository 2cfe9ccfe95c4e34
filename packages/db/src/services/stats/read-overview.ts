/**
 * `stats.overview`: the Overview's cards in one statement. Users come from the counters (v15);
 * the rest are small or indexed: unexpired sessions (sessions_expires), groups, applications,
 * failed exports, and the queue's failed and retrying jobs (graphile-worker's jobs view, with the
 * status System › Tasks shows).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { serviceAccountTypes, textArrayLiteral, type TOverviewCounts } from "@roster/core";
import { sql } from "../../sql.js";
import { jobStatusSql } from "../tasks/job-row.js";
import { readMfaAdoption } from "./read-mfa-adoption.js";

interface OverviewRow {
  total: string;
  active: string;
  service_accounts: string;
  active_internal: string;
  sessions_active: number;
  groups: number;
  applications: number;
  exports_failed: number;
  jobs_failed: number;
  jobs_retrying: number;
}

export async function readOverview(em: EntityManager): Promise<TOverviewCounts> {
  const [row] = await sql<OverviewRow>(
    em,
    `WITH users AS (
       SELECT coalesce(sum(count), 0) AS total, coalesce(sum(count) FILTER (WHERE is_active), 0) AS active,
              coalesce(sum(count) FILTER (WHERE type = ANY(?::text[])), 0) AS service_accounts,
              coalesce(sum(count) FILTER (WHERE is_active AND type = 'internal'), 0) AS active_internal
         FROM user_counts),
     jobs AS (
       SELECT count(*) FILTER (WHERE status = 'failed')::int AS failed, count(*) FILTER (WHERE status = 'retrying')::int AS retrying
         FROM (SELECT ${jobStatusSql} AS status FROM graphile_worker.jobs j WHERE j.attempts > 0) q)
     SELECT users.*, jobs.failed AS jobs_failed, jobs.retrying AS jobs_retrying,
            (SELECT count(*)::int FROM sessions WHERE expires > now()) AS sessions_active,
            (SELECT count(*)::int FROM groups) AS groups,
            (SELECT count(*)::int FROM applications) AS applications,
            (SELECT count(*)::int FROM data_exports WHERE status = 'failed') AS exports_failed
       FROM users, jobs`,
    [textArrayLiteral(serviceAccountTypes)],
  );
  if (!row) throw new Error("The overview statement returned no row.");
  const total = Number(row.total);
  const active = Number(row.active);
  return {
    users: { total, active, inactive: total - active, serviceAccounts: Number(row.service_accounts) },
    sessionsActive: row.sessions_active,
    groups: row.groups,
    applications: row.applications,
    mfaAdoption: await readMfaAdoption(em, Number(row.active_internal)),
    attention: { exportsFailed: row.exports_failed, jobsFailed: row.jobs_failed, jobsRetrying: row.jobs_retrying },
  };
}
