/**
 * The COPY half of the seed, on two connections at once: `users` (with groups and group_parents)
 * on one, `group_users` then `sessions` on the other, both fed from one pass of the generator.
 * Each connection truncates its own tables in its own transaction, which is what lets
 * `COPY … FREEZE` write the rows already frozen; the foreign keys between them are off during
 * the load (seed-schema.ts), so neither waits for the other.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { Readable, type Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { progress } from "./progress.js";
import { folders, projectGroups } from "./seed-data.js";
import type { PhaseLog } from "./seed-phases.js";
import { membershipColumns, SeedRows, sessionColumns, userColumns } from "./seed-rows.js";

const usersPerBlock = 2000;

export interface LoadedRows {
  groups: number;
  /** Settles when the memberships and sessions are committed (after the users are). */
  links: Promise<{ memberships: number; sessions: number }>;
}

/** Resolves once the users are committed. */
export async function loadRows(users: pg.Client, links: pg.Client, userCount: number, passwordHash: string, log: PhaseLog): Promise<LoadedRows> {
  const start = performance.now();
  await Promise.all([users.query("BEGIN"), links.query("BEGIN")]);
  await Promise.all([users.query("TRUNCATE users, groups, group_parents CASCADE"), links.query("TRUNCATE group_users, sessions")]);
  const groupIds = await copyGroups(users);
  const rows = new SeedRows(passwordHash, groupIds, Date.now());
  const userCopy = new CopyWriter(users.query(copyFrom(`COPY users (${userColumns}) FROM STDIN WITH (FREEZE)`)));
  const membershipCopy = new CopyWriter(links.query(copyFrom(`COPY group_users (${membershipColumns}) FROM STDIN WITH (FREEZE)`)));
  const sessionBlocks: string[] = [];
  let memberships = 0;
  let sessions = 0;
  let generationMs = 0;
  const reportEvery = Math.max(usersPerBlock, Math.ceil(userCount / 5 / usersPerBlock) * usersPerBlock);
  for (let first = 0; first < userCount; first += usersPerBlock) {
    const generating = performance.now();
    const end = Math.min(userCount, first + usersPerBlock);
    const block = rows.block(first, end);
    generationMs += performance.now() - generating;
    memberships += block.membershipCount;
    sessions += block.sessionCount;
    if (block.sessions) sessionBlocks.push(block.sessions);
    await Promise.all([userCopy.write(block.users), membershipCopy.write(block.memberships)]);
    if (end % reportEvery === 0 && end < userCount) progress(`  users: ${end.toLocaleString("en")} of ${userCount.toLocaleString("en")}`);
  }
  const finishLinks = async () => {
    await membershipCopy.end();
    log.record("COPY group_users (beside the users)", (performance.now() - start) / 1000);
    await log.time("COPY sessions", () => pipeline(Readable.from(sessionBlocks), links.query(copyFrom(`COPY sessions (${sessionColumns}) FROM STDIN WITH (FREEZE)`))));
    await links.query("COMMIT");
    return { memberships, sessions };
  };
  const linksLoaded = finishLinks();
  // Observed by the caller; this keeps a failure meanwhile from counting as unhandled.
  linksLoaded.catch(() => undefined);
  await userCopy.end();
  await users.query("COMMIT");
  log.record(`COPY users (generation in node: ${(generationMs / 1000).toFixed(1)} s of it)`, (performance.now() - start) / 1000);
  return { groups: groupIds.size, links: linksLoaded };
}

async function copyGroups(client: pg.Client): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const folder of folders) ids.set(folder.group, randomUUID());
  for (const project of projectGroups) ids.set(project, randomUUID());
  const groupLines = [...ids].map(([name, id]) => `${id}\t${name}\tf\t${JSON.stringify({ seeded: true })}\n`);
  await pipeline(Readable.from(groupLines), client.query(copyFrom("COPY groups (id, name, is_superuser, attributes) FROM STDIN WITH (FREEZE)")));
  const parentLines = folders.flatMap((folder) => (folder.parentGroup ? [`${ids.get(folder.group)}\t${ids.get(folder.parentGroup)}\n`] : []));
  await pipeline(Readable.from(parentLines), client.query(copyFrom("COPY group_parents (group_id, parent_id) FROM STDIN WITH (FREEZE)")));
  return ids;
}

/** A COPY … FROM STDIN written block by block, waiting for the socket to drain; fails with the COPY's error. */
class CopyWriter {
  private readonly done: Promise<void>;

  constructor(private readonly stream: Writable) {
    this.done = finished(stream);
    // Observed by write() and end().
    this.done.catch(() => undefined);
  }

  async write(text: string): Promise<void> {
    if (this.stream.destroyed) return this.end();
    if (!this.stream.write(text)) await Promise.race([once(this.stream, "drain"), this.done]);
  }

  async end(): Promise<void> {
    if (!this.stream.destroyed) this.stream.end();
    await this.done;
  }
}
