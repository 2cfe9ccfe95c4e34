/** What the numbers were measured on: CPU, memory, load (other work on the machine skews them), PostgreSQL. */
import os from "node:os";
import type pg from "pg";

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  sharedBuffers: string;
  /** 1-minute load averages when the measurements started and ended. */
  loadAverage: { start: number; end: number };
}

export async function machineInfo(pool: pg.Pool, loadAtStart: number): Promise<MachineInfo> {
  const cpus = os.cpus();
  const version = await pool.query<{ server_version: string }>("SHOW server_version");
  const buffers = await pool.query<{ shared_buffers: string }>("SHOW shared_buffers");
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: version.rows[0]?.server_version ?? "unknown",
    sharedBuffers: buffers.rows[0]?.shared_buffers ?? "unknown",
    loadAverage: { start: loadAtStart, end: round1(os.loadavg()[0] ?? 0) },
  };
}

export function currentLoad(): number {
  return round1(os.loadavg()[0] ?? 0);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
