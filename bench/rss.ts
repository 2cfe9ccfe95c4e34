/** Resident memory of a live process, from its /proc/<pid>/status (Linux). */
import fs from "node:fs";

/** Resident memory now (VmRSS), in MB of 2^20 bytes: what an idle or loaded API or worker holds. */
export async function rssMegabytes(pid: number): Promise<number> {
  return statusKilobytes(await fs.promises.readFile(`/proc/${pid}/status`, "utf8"), "VmRSS", pid) / 1024;
}

/** Peak resident memory since the process started (VmHWM), in bytes. */
export function peakRss(pid: number): number {
  return statusKilobytes(fs.readFileSync(`/proc/${pid}/status`, "utf8"), "VmHWM", pid) * 1024;
}

function statusKilobytes(status: string, field: "VmRSS" | "VmHWM", pid: number): number {
  const kilobytes = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(status)?.[1];
  if (!kilobytes) throw new Error(`No ${field} in /proc/${pid}/status.`);
  return Number(kilobytes);
}
