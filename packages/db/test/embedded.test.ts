import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { startEmbeddedPostgres } from "../src/embedded.js";

it("starts from a data folder under a directory only its owner may enter, and stops cleanly", async () => {
  const locked = fs.mkdtempSync(path.join(os.tmpdir(), "roster-locked-"));
  fs.chmodSync(locked, 0o700);
  const server = await startEmbeddedPostgres({ dataDir: path.join(locked, "data", "postgres"), temporary: true });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const result = await client.query<{ version: string }>("SELECT current_setting('server_version_num') AS version");
    await client.end();
    expect(Number(result.rows[0]?.version)).toBeGreaterThanOrEqual(180000);
  } finally {
    await server.stop();
    fs.rmSync(locked, { recursive: true, force: true });
  }
}, 60_000);
