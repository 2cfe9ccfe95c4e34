/**
 * The run's results: a markdown table (printed, and pasted into the README's Performance
 * section) with each spec §8 bar beside what was measured, and bench/results.json.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ApplicationMeasurement } from "./measure-applications.js";
import type { DeactivationMeasurement } from "./measure-deactivation.js";
import type { ExportMeasurement } from "./measure-export.js";
import type { ListMeasurement } from "./measure-list.js";
import type { LookupMeasurement } from "./measure-paths.js";
import { barConnections, type LoadResults } from "./measure-load.js";
import type { SignInMeasurement } from "./measure-sign-in.js";
import type { MachineInfo } from "./machine.js";
import type { QueryPlan } from "./plans.js";
import type { CaseMeasurement } from "./measure-cases.js";
import type { ApplicationSeedResult } from "./seed-applications.js";
import type { EventSeedResult } from "./seed-events.js";
import type { SeedResult } from "./seed.js";

export const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");

export const bars = { listP95Ms: 15, overheadMs: 2, exportRatio: 1 / 3, exportRssBytes: 200 * 2 ** 20, deactivationCallMs: 100, sessionsGoneMs: 5000, seedSeconds: 60, statsP95Ms: 50, idleRssMb: 100, keycloakRefreshGrantsPerCore: 120 };

export interface BenchResults {
  users: number;
  fullRun: boolean;
  startedAt: string;
  wallSeconds: number;
  machine: MachineInfo | null;
  seed: SeedResult | null;
  applicationsSeed: ApplicationSeedResult | null;
  eventsSeed: EventSeedResult | null;
  list: ListMeasurement[];
  lookups: LookupMeasurement[];
  applications: ApplicationMeasurement[];
  /** The dashboards' procedures (SPEC §16). */
  stats: CaseMeasurement[];
  exports: ExportMeasurement | null;
  deactivation: DeactivationMeasurement | null;
  signIn: SignInMeasurement | null;
  /** Resident memory (MB) of the API and the worker once started, before any measurement. */
  idleRss: { api: number; worker: number } | null;
  load: LoadResults | null;
  /** The OAuth token endpoint: refresh grants (rotation) over 16 connections, one chain each. */
  refreshGrants: { grantsPerSecond: number; p50Ms: number; p95Ms: number; shareOfStatic: number; cores: number } | null;
  plans: Omit<QueryPlan, "text">[];
  errors: { step: string; message: string }[];
}

const yes = "✅";
const no = "❌";

function met(ok: boolean): string {
  return ok ? yes : no;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : "—";
}

export function markdownReport(results: BenchResults): string {
  const lines: string[] = [];
  const machine = results.machine;
  lines.push(`Roster benchmark — ${results.users.toLocaleString("en")} users, ${results.startedAt.slice(0, 16).replace("T", " ")} UTC, wall time ${Math.round(results.wallSeconds)} s`);
  if (machine) {
    lines.push(`Machine: ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres} (shared_buffers ${machine.sharedBuffers}); load average ${machine.loadAverage.start} → ${machine.loadAverage.end}`);
  }
  lines.push("");
  lines.push(`**users.list**, page of 20, warm cache (bars: API p95 ≤ ${bars.listP95Ms} ms; overhead = API p50 − SQL p50 ≤ ${bars.overheadMs} ms)`);
  lines.push("");
  lines.push("| query | page | count | API p50 | API p95 | API p99 | SQL p50 | SQL p95 | overhead | p95 bar | overhead bar |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: |");
  for (const row of results.list) {
    lines.push(
      `| ${row.label.replace(/\|/g, "\\|")} | ${row.pageNumber} | ${row.count.exact ? "" : "≈"}${row.count.value.toLocaleString("en")} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.api.p99)} | ${ms(row.sql.p50)} | ${ms(row.sql.p95)} | ${ms(row.overhead)} | ${met(row.api.p95 <= bars.listP95Ms)} | ${met(row.overhead <= bars.overheadMs)} |`,
    );
  }
  if (results.lookups.length > 0) {
    lines.push("");
    lines.push("| lookup | API p50 | API p95 | API p99 | SQL p50 |");
    lines.push("| --- | ---: | ---: | ---: | ---: |");
    for (const row of results.lookups) {
      if (row.api && row.sql) lines.push(`| ${row.label} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.api.p99)} | ${ms(row.sql.p50)} |`);
      else lines.push(`| ${row.label} | — | — | — | > ${(row.timedOutAfterMs ?? 0).toLocaleString("en")} (statement timeout) |`);
    }
  }
  if (results.applications.length > 0) {
    const seeded = results.applicationsSeed;
    lines.push("");
    lines.push(`**Applications** (access predicate${seeded ? ` over ${seeded.applications.toLocaleString("en")} applications and ${seeded.bindings.toLocaleString("en")} bindings` : ""}; bar: API p95 ≤ ${bars.listP95Ms} ms)`);
    lines.push("");
    lines.push("| procedure | rows | API p50 | API p95 | API p99 | SQL p50 | SQL p95 | overhead | p95 bar |");
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
    for (const row of results.applications) {
      lines.push(`| ${row.label} | ${row.rows} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.api.p99)} | ${ms(row.sql.p50)} | ${ms(row.sql.p95)} | ${ms(row.overhead)} | ${met(row.api.p95 <= bars.listP95Ms)} |`);
    }
  }
  if (results.stats.length > 0) {
    const events = results.eventsSeed;
    lines.push("");
    lines.push(`**Dashboards** (rolled-up counters and index-only reads${events ? ` over ${events.events.toLocaleString("en")} events` : ""}; bar: API p95 ≤ ${bars.statsP95Ms} ms)`);
    lines.push("");
    lines.push("| procedure | rows | API p50 | API p95 | API p99 | SQL p50 | SQL p95 | overhead | p95 bar |");
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
    for (const row of results.stats) {
      lines.push(`| ${row.label} | ${row.rows.toLocaleString("en")} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.api.p99)} | ${ms(row.sql.p50)} | ${ms(row.sql.p95)} | ${ms(row.overhead)} | ${met(row.api.p95 <= bars.statsP95Ms)} |`);
    }
  }
  if (results.load) lines.push("", ...loadTable(results.load));
  lines.push("");
  lines.push("| measurement | result | bar | met |");
  lines.push("| --- | --- | --- | :---: |");
  if (results.seed) {
    const seed = results.seed;
    lines.push(`| seeding (COPY, then indexes, ANALYZE) | ${seed.seconds.total.toFixed(1)} s (COPY ${seed.seconds.copy.toFixed(1)} s, indexes ${seed.seconds.indexes.toFixed(1)} s); ${seed.memberships.toLocaleString("en")} memberships, ${seed.sessions.toLocaleString("en")} sessions | ≤ ${bars.seedSeconds} s at 1,000,000 | ${met(seed.seconds.total <= bars.seedSeconds)} |`);
  }
  if (results.eventsSeed) {
    const events = results.eventsSeed;
    lines.push(`| seeding events (INSERT … SELECT, indexes, counters, VACUUM) | ${events.seconds.toFixed(1)} s for ${events.events.toLocaleString("en")} events | — | — |`);
  }
  const exported = results.exports;
  if (exported && !exported.available) lines.push(`| export throughput | not available: ${exported.reason} | ≥ ⅓ of COPY, ≤ 200 MB RSS | — |`);
  if (exported?.available) {
    lines.push(`| export throughput (users.export, worker) | ${exported.rowsPerSecond.toLocaleString("en")} rows/s (${exported.rows.toLocaleString("en")} rows in ${exported.seconds} s) = ${(exported.ratio * 100).toFixed(0)}% of COPY (${exported.copyRowsPerSecond.toLocaleString("en")} rows/s) | ≥ 33% of COPY | ${met(exported.ratio >= bars.exportRatio)} |`);
    lines.push(`| worker peak RSS (VmHWM) | ${(exported.workerPeakRssBytes / 2 ** 20).toFixed(0)} MB | ≤ 200 MB | ${met(exported.workerPeakRssBytes <= bars.exportRssBytes)} |`);
  }
  const deactivation = results.deactivation;
  if (deactivation) {
    lines.push(`| deactivate a user with ${deactivation.sessions.toLocaleString("en")} sessions: users.setActive | ${deactivation.callMs.toFixed(1)} ms | ≤ ${bars.deactivationCallMs} ms | ${met(deactivation.callMs <= bars.deactivationCallMs)} |`);
    lines.push(`| … that user's next request | ${deactivation.nextRequestRefused ? "refused" : "NOT refused"} (${deactivation.refusedAfterMs.toFixed(1)} ms after the call started) | refused at once | ${met(deactivation.nextRequestRefused)} |`);
    lines.push(`| … all session rows gone | ${deactivation.rowsGoneAfterMs.toFixed(0)} ms | ≤ 5 s | ${met(deactivation.rowsGoneAfterMs <= bars.sessionsGoneMs)} |`);
  }
  const signIn = results.signIn;
  if (signIn) {
    lines.push(`| sign-in (argon2id), one at a time | ${signIn.sequential.perSecond} logins/s | — | — |`);
    lines.push(`| sign-in, two at a time | ${signIn.parallel.perSecond} logins/s = ${signIn.perSecondPerCore} per core | — | — |`);
  }
  const grants = results.refreshGrants;
  if (grants) {
    const planned = bars.keycloakRefreshGrantsPerCore * grants.cores;
    lines.push(
      `| token endpoint: refresh grants (rotating), 16 connections | ${grants.grantsPerSecond.toLocaleString("en")} grants/s (${Math.round(grants.shareOfStatic * 100)} % of GET /), p50 ${grants.p50Ms.toFixed(1)} / p95 ${grants.p95Ms.toFixed(1)} ms | Keycloak plans ${bars.keycloakRefreshGrantsPerCore}/s per vCPU: ${planned} here | ${met(grants.grantsPerSecond >= planned)} |`,
    );
  }
  const idle = results.idleRss;
  if (idle) {
    const loaded = results.load?.loadedRss;
    for (const name of ["api", "worker"] as const) {
      lines.push(`| ${name === "api" ? "API" : "worker"} resident memory (VmRSS) | ${idle[name]} MB idle${loaded ? `, ${loaded[name]} MB after the load section` : ""} | ≤ ${bars.idleRssMb} MB idle | ${met(idle[name] <= bars.idleRssMb)} |`);
    }
  }
  if (results.plans.length > 0) {
    const seqScans = results.plans.filter((plan) => plan.seqScanOnUsers).map((plan) => plan.name);
    lines.push(`| plans of the §8 queries (bench/plans/) | ${seqScans.length === 0 ? "no sequential scan of users" : `Seq Scan on users in: ${seqScans.join(", ")}`} | index plans only | ${met(seqScans.length === 0)} |`);
  }
  for (const error of results.errors) lines.push(`| ${error.step} | ERROR: ${error.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} | — | ${no} |`);
  return lines.join("\n");
}

function loadTable(load: LoadResults): string[] {
  const lines = [
    `**Under load** (autocannon, keep-alive connections; share = requests per second ÷ GET /'s at the same connections; bars at ${barConnections} connections; CPU per request of the API process and of all PostgreSQL processes)`,
    "",
    "| endpoint | connections | requests/s | share of GET / | p50 ms | p99 ms | API CPU ms/req | PostgreSQL CPU ms/req | statements/req | bar |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
  ];
  for (const row of load.rows) {
    const bar = row.minShareOfStatic !== null && row.connections === barConnections ? `≥ ${Math.round(row.minShareOfStatic * 100)} % ${met(row.ratio >= row.minShareOfStatic)}` : "";
    lines.push(
      `| ${row.label} | ${row.connections} | ${row.requestsPerSecond.toLocaleString("en")} | ${Math.round(row.ratio * 100)} % | ${row.p50} | ${row.p99} | ${row.apiCpuMsPerRequest.toFixed(2)} | ${row.postgresCpuMsPerRequest === null ? "—" : row.postgresCpuMsPerRequest.toFixed(2)} | ${row.statementsPerRequest ?? "—"} | ${bar} |`,
    );
  }
  return lines;
}

export function writeResults(results: BenchResults): void {
  fs.writeFileSync(resultsFile, `${JSON.stringify({ ...results, bars }, null, 2)}\n`);
}
