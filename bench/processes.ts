/**
 * The API and the worker as child processes, started the way production starts them: their
 * compiled output (`pnpm bench` builds it first) on Node itself, so that the child's pid is the
 * process doing the work and its /proc status is its own, each with the environment it reads.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@roster/db/embedded";
import { appArguments, type TApp } from "../scripts/app-command.js";
import { progress } from "./progress.js";
import { benchWebDist } from "./web-dist.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface ChildApp {
  pid: number;
  /** The last lines the child printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ApiProcess extends ChildApp {
  baseUrl: string;
}

export async function startApi(databaseUrl: string): Promise<ApiProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = await startChild("api", {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    ROSTER_PUBLIC_URL: baseUrl,
    ROSTER_WEB_DIST: benchWebDist(),
  }, "Roster is running");
  return { ...child, baseUrl };
}

export function startWorker(databaseUrl: string): Promise<ChildApp> {
  return startChild("worker", { DATABASE_URL: databaseUrl, ROSTER_WORKER_CONCURRENCY: "2" }, "Roster worker running");
}

async function startChild(name: TApp, env: Record<string, string>, readyText: string): Promise<ChildApp> {
  const child = spawn(process.execPath, appArguments(root, name, "compiled"), {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The ${name} did not start within 60 s: ${output.trim()}`)), 60_000);
    const onData = () => {
      if (output.includes(readyText)) {
        clearTimeout(timer);
        child.stdout.off("data", onData);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.once("error", (error) => reject(new Error(`Could not start the ${name}: ${error.message}`)));
    child.once("exit", (code) => reject(new Error(`The ${name} exited during start-up (code ${code ?? "none"}): ${output.trim()}`)));
  });
  child.on("exit", (code, signal) => {
    if (!stopping) progress(`the ${name} exited unexpectedly (code ${code ?? "none"}, signal ${signal ?? "none"}): ${output.trim().split("\n").slice(-3).join(" / ")}`);
  });
  let stopping = false;
  const pid = child.pid;
  if (pid === undefined) throw new Error(`The ${name} has no pid.`);
  progress(`${name} started (pid ${pid})`);
  return { pid, output: () => output, stop: () => stopChild(child, () => (stopping = true)) };
}

function stopChild(child: ChildProcess, markStopping: () => void): Promise<void> {
  markStopping();
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
