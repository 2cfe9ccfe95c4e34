/**
 * Real API and worker processes (`node --import tsx apps/<app>/src/main.ts`) on one database, as
 * production runs them, for the tests of more than one process. Each is started with the same
 * secret key and public URL, and is ready once it has said so on stdout.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@roster/db/embedded";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ProductProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function startProcess(entry: string, env: Record<string, string>, readyText: string, url: string): Promise<ProductProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], { cwd: repoRoot, env: { ...process.env, ROSTER_LOG_FORMAT: "json", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start: ${output}`)), 60_000);
    const check = () => {
      if (!output.includes(readyText)) return;
      clearTimeout(timer);
      child.stdout?.off("data", check);
      resolve();
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => reject(new Error(`${entry} exited (${code}): ${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

export async function startApiProcess(env: Record<string, string>): Promise<ProductProcess> {
  const port = await freePort();
  return startProcess("apps/api/src/main.ts", { ...env, PORT: String(port), HOST: "127.0.0.1" }, "Roster is running", `http://127.0.0.1:${port}`);
}

export function startWorkerProcess(env: Record<string, string>): Promise<ProductProcess> {
  return startProcess("apps/worker/src/main.ts", { ROSTER_WORKER_CONCURRENCY: "2", ...env }, "Roster worker running", "");
}
