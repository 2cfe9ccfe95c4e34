/**
 * Seeds the directory through COPY: users, groups (nested), memberships and sessions, in one
 * transaction after TRUNCATE so that `COPY … FREEZE` writes the rows already frozen and visible
 * (no vacuum needed for index-only scans). As in any bulk load, the big tables' indexes and keys
 * are dropped first and rebuilt afterwards from their own definitions (pg_indexes,
 * pg_get_constraintdef), two index builds at a time; the foreign keys are then validated once,
 * by a join, rather than row by row. ANALYZE ends it.
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashPassword } from "@roster/db";
import { progress } from "./progress.js";
import { folders, projectGroups, seedUser, type SeedUser } from "./seed-data.js";

/** Every seeded user with a password has this one (its argon2id hash is computed once). */
export const seededPassword = "bench-password-1";

const bulkTables = ["users", "group_users", "sessions"];
const rowsPerChunk = 2000;
const dayMs = 86_400_000;

export interface SeedResult {
  users: number;
  groups: number;
  memberships: number;
  sessions: number;
  seconds: { copy: number; indexes: number; analyze: number; total: number };
}

export async function seedDatabase(url: string, userCount: number): Promise<SeedResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '1GB'; SET synchronous_commit = off");
    const schema = await bulkSchema(client);
    for (const key of schema.foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
    for (const key of schema.keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
    for (const index of schema.indexes.filter((index) => !schema.keys.some((key) => key.name === index.name))) await client.query(`DROP INDEX ${index.name}`);
    const passwordHash = await hashPassword(seededPassword);

    await client.query("BEGIN");
    // The rows are consistent by construction: skip the per-row foreign-key triggers (superuser
    // only; on a server where the role is not one, the load just takes longer).
    const role = await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    if (role.rows[0]?.rolsuper) await client.query("SET LOCAL session_replication_role = replica");
    else progress("  (not a superuser: foreign keys are checked row by row)");
    await client.query(`TRUNCATE ${bulkTables.join(", ")}, groups, group_parents CASCADE`);
    const groupIds = await copyGroups(client);
    progress(`seeding ${userCount.toLocaleString("en")} users through COPY…`);
    const timestamps = new Timestamps(Date.now());
    const memberships: string[] = [];
    const sessions: string[] = [];
    await copyUsers(client, userCount, (user, index) => {
      memberships.push(membershipLines(user, groupIds));
      if (user.sessions > 0) sessions.push(sessionLines(user, index, timestamps));
      return userLine(user, passwordHash, timestamps);
    });
    const membershipCount = await copyLines(client, "group_users (group_id, user_id)", memberships);
    const sessionCount = await copyLines(client, "sessions (id, user_id, token_hash, created_at, last_used, expires, last_ip, user_agent)", sessions);
    memberships.length = 0;
    sessions.length = 0;
    await client.query("COMMIT");
    const copied = performance.now();
    progress(`  copied ${membershipCount.toLocaleString("en")} memberships and ${sessionCount.toLocaleString("en")} sessions`);

    progress(`rebuilding ${schema.indexes.length} indexes of ${bulkTables.join(", ")}…`);
    await rebuildIndexes(url, schema.indexes);
    for (const key of schema.keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.kind} USING INDEX ${key.name}`);
    const validating = performance.now();
    for (const key of schema.foreignKeys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
    progress(`  keys restored, foreign keys validated in ${((performance.now() - validating) / 1000).toFixed(1)} s`);
    const indexed = performance.now();
    await client.query(`ANALYZE ${[...bulkTables, "groups", "group_parents"].join(", ")}`);
    const analysed = performance.now();
    return {
      users: userCount,
      groups: groupIds.size,
      memberships: membershipCount,
      sessions: sessionCount,
      seconds: { copy: (copied - started) / 1000, indexes: (indexed - copied) / 1000, analyze: (analysed - indexed) / 1000, total: (analysed - started) / 1000 },
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

interface IndexDefinition {
  name: string;
  definition: string;
}

interface KeyConstraint {
  table: string;
  name: string;
  kind: "PRIMARY KEY" | "UNIQUE";
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

interface BulkSchema {
  indexes: IndexDefinition[];
  keys: KeyConstraint[];
  foreignKeys: ForeignKey[];
}

/** The bulk tables' indexes (biggest builds first), their key constraints, and every foreign key to or from them. */
async function bulkSchema(client: pg.Client): Promise<BulkSchema> {
  const indexes = await client.query<IndexDefinition>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
      ORDER BY (indexdef LIKE '%USING gin%') DESC, tablename = 'users' DESC, indexname`,
    [bulkTables],
  );
  const keys = await client.query<KeyConstraint>(
    `SELECT conrelid::regclass::text AS table, conname AS name, CASE contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END AS kind
       FROM pg_constraint WHERE contype IN ('p', 'u') AND conrelid = ANY($1::regclass[]) ORDER BY conname`,
    [bulkTables],
  );
  const foreignKeys = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])) ORDER BY conrelid::regclass::text, conname`,
    [bulkTables],
  );
  return { indexes: indexes.rows, keys: keys.rows, foreignKeys: foreignKeys.rows };
}

async function rebuildIndexes(url: string, indexes: readonly IndexDefinition[]): Promise<void> {
  const queue = [...indexes];
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 0");
      for (let index = queue.shift(); index; index = queue.shift()) {
        const start = performance.now();
        await client.query(index.definition);
        progress(`  index ${index.name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
      }
    } finally {
      await client.end();
    }
  };
  // Two builders for two cores: PostgreSQL's own parallel builds cover btree only before 18.
  await Promise.all([worker(), worker()]);
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

/** Streams the users COPY; `line` also collects the rows of the other tables as it goes. */
async function copyUsers(client: pg.Client, userCount: number, line: (user: SeedUser, index: number) => string): Promise<void> {
  const reportEvery = Math.max(rowsPerChunk, Math.ceil(userCount / 5 / rowsPerChunk) * rowsPerChunk);
  function* chunks(): Generator<string> {
    for (let start = 0; start < userCount; start += rowsPerChunk) {
      let chunk = "";
      const end = Math.min(userCount, start + rowsPerChunk);
      for (let index = start; index < end; index++) chunk += line(seedUser(index), index);
      if (end % reportEvery === 0 && end < userCount) progress(`  users: ${end.toLocaleString("en")} of ${userCount.toLocaleString("en")}`);
      yield chunk;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom("COPY users (id, username, name, email, is_active, path, type, attributes, password_hash, password_change_date, last_login, date_joined, last_updated) FROM STDIN WITH (FREEZE)")));
}

/** One COPY of ready lines (each element holds whole lines); returns how many lines went in. */
async function copyLines(client: pg.Client, target: string, texts: readonly string[]): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    for (let start = 0; start < texts.length; start += rowsPerChunk) {
      const chunk = texts.slice(start, start + rowsPerChunk).join("");
      count += countLines(chunk);
      yield chunk;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FREEZE)`)));
  return count;
}

function countLines(text: string): number {
  let lines = 0;
  for (let position = text.indexOf("\n"); position >= 0; position = text.indexOf("\n", position + 1)) lines++;
  return lines;
}

/** COPY's text format: backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : value;
}

/**
 * Timestamp literals for COPY, built from cached day and time-of-day strings: a million
 * `toISOString()` calls would cost more than the rest of the row.
 */
class Timestamps {
  private readonly days = new Map<number, string>();
  private readonly times: string[] = [];
  constructor(private readonly now: number) {}

  /** `days` before now, at a time of day drawn from the user's id. */
  ago(days: number, user: SeedUser): string {
    let day = this.days.get(days);
    if (day === undefined) {
      day = new Date(this.now - days * dayMs).toISOString().slice(0, 10);
      this.days.set(days, day);
    }
    const second = parseInt(user.id.slice(0, 5), 16) % 86_400;
    let time = this.times[second];
    if (time === undefined) {
      time = new Date(second * 1000).toISOString().slice(11, 19);
      this.times[second] = time;
    }
    return `${day} ${time}+00`;
  }

  /** `hours` from now (negative: before). */
  inHours(hours: number): string {
    return new Date(this.now + hours * 3_600_000).toISOString();
  }
}

function userLine(user: SeedUser, passwordHash: string, timestamps: Timestamps): string {
  const joined = timestamps.ago(user.joinedDaysAgo, user);
  return [
    user.id,
    copyText(user.username),
    copyText(user.name),
    copyText(user.email),
    user.isActive ? "t" : "f",
    copyText(user.folder.path),
    user.type,
    copyText(JSON.stringify(user.attributes)),
    user.hasPassword ? passwordHash : "\\N",
    user.hasPassword ? joined : "\\N",
    user.lastLoginDaysAgo === null ? "\\N" : timestamps.ago(user.lastLoginDaysAgo, user),
    joined,
    timestamps.ago(user.updatedDaysAgo, user),
  ].join("\t") + "\n";
}

function membershipLines(user: SeedUser, groupIds: ReadonlyMap<string, string>): string {
  let text = `${groupIds.get(user.folder.group)}\t${user.id}\n`;
  for (const project of user.projects) text += `${groupIds.get(projectGroups[project] ?? "")}\t${user.id}\n`;
  return text;
}

function sessionLines(user: SeedUser, index: number, timestamps: Timestamps): string {
  let text = "";
  const expires = timestamps.inHours(14 * 24);
  for (let n = 0; n < user.sessions; n++) {
    const tokenHash = createHash("sha256").update(`bench-session:${index}:${n}`).digest("hex");
    const created = timestamps.inHours(-(n + 1));
    text += `${randomUUID()}\t${user.id}\t${tokenHash}\t${created}\t${created}\t${expires}\t10.0.${index % 250}.${n + 1}\tMozilla/5.0 (bench)\n`;
  }
  return text;
}
