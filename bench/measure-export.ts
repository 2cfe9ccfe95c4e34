/**
 * Export throughput: `users.export` of every user (the worker streams them into CSV chunks),
 * beside PostgreSQL's own `COPY (SELECT …) TO STDOUT WITH CSV` of the same rows, and the worker's
 * peak resident memory (VmHWM) over the run. Skipped with a "not available" row when the API
 * has no `users.export` yet.
 */
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { userExportQuery } from "@roster/db";
import { toNativePlaceholders } from "./pg-entity-manager.js";
import { progress } from "./progress.js";
import { peakRss } from "./rss.js";
import { round } from "./stats.js";
import { TrpcCallError, type TrpcClient } from "./trpc-client.js";

export type ExportMeasurement =
  | { available: false; reason: string }
  | {
      available: true;
      rows: number;
      bytes: number;
      seconds: number;
      rowsPerSecond: number;
      copyRowsPerSecond: number;
      copySeconds: number;
      /** Export throughput ÷ COPY throughput. */
      ratio: number;
      workerPeakRssBytes: number;
    };

interface ExportStatus {
  status: "pending" | "running" | "done" | "failed";
  rowCount: number;
  byteSize: number;
  error: string | null;
}

const timeoutMs = 10 * 60_000;

export async function measureExport(api: TrpcClient, pool: pg.Pool, workerPid: number): Promise<ExportMeasurement> {
  const copy = await copyThroughput(pool);
  progress(`  COPY … TO STDOUT: ${copy.rows.toLocaleString("en")} rows in ${copy.seconds.toFixed(2)} s (${Math.round(copy.rows / copy.seconds).toLocaleString("en")} rows/s)`);
  const start = performance.now();
  let exportId: string;
  try {
    ({ exportId } = await api.mutate<{ exportId: string }>("users.export", {}));
  } catch (error) {
    if (error instanceof TrpcCallError && error.code === "NOT_FOUND") return { available: false, reason: "users.export is not available in the API" };
    throw error;
  }
  let status: ExportStatus;
  let lastReport = start;
  for (;;) {
    status = await api.query<ExportStatus>("exports.get", { id: exportId });
    if (status.status === "done" || status.status === "failed") break;
    if (performance.now() - start > timeoutMs) throw new Error(`The export did not finish within ${timeoutMs / 60_000} minutes (status ${status.status}).`);
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      progress(`  export ${status.status}… ${((lastReport - start) / 1000).toFixed(0)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - start) / 1000;
  if (status.status === "failed") throw new Error(`The export failed: ${status.error ?? "no reason given"}`);
  if (status.rowCount !== copy.rows) throw new Error(`The export has ${status.rowCount} rows, COPY ${copy.rows}.`);
  const rowsPerSecond = status.rowCount / seconds;
  const copyRowsPerSecond = copy.rows / copy.seconds;
  const measurement: ExportMeasurement = {
    available: true,
    rows: status.rowCount,
    bytes: status.byteSize,
    seconds: round(seconds),
    rowsPerSecond: Math.round(rowsPerSecond),
    copyRowsPerSecond: Math.round(copyRowsPerSecond),
    copySeconds: round(copy.seconds),
    ratio: round(rowsPerSecond / copyRowsPerSecond, 3),
    workerPeakRssBytes: peakRss(workerPid),
  };
  progress(`  users.export: ${status.rowCount.toLocaleString("en")} rows in ${seconds.toFixed(2)} s (${measurement.rowsPerSecond.toLocaleString("en")} rows/s, ${(measurement.ratio * 100).toFixed(0)}% of COPY), worker peak RSS ${(measurement.workerPeakRssBytes / 2 ** 20).toFixed(0)} MB`);
  return measurement;
}

/** The export's own statement (same columns, filter and order) through COPY, into a sink that counts. */
async function copyThroughput(pool: pg.Pool): Promise<{ rows: number; seconds: number }> {
  const query = userExportQuery({});
  if (query.params.length > 0) throw new Error("The unfiltered export query unexpectedly has parameters.");
  const client = await pool.connect();
  try {
    const sink = new Writable({ write: (_chunk: Buffer, _encoding, done) => done() });
    const start = performance.now();
    const stream = client.query(copyTo(`COPY (${toNativePlaceholders(query.sql)}) TO STDOUT WITH CSV`));
    await pipeline(stream, sink);
    return { rows: stream.rowCount, seconds: (performance.now() - start) / 1000 };
  } finally {
    client.release();
  }
}
