/**
 * The seeded rows as COPY text, one block of users at a time: the users' lines and, drawn from
 * the same users, their memberships and sessions. Node builds these while PostgreSQL parses the
 * previous block, so the work per row is kept small (cached timestamps, no escaping of values
 * that cannot need it).
 */
import { createHash, randomUUID } from "node:crypto";
import { projectGroups, seedUser, type SeedUser } from "./seed-data.js";

const dayMs = 86_400_000;

export const userColumns = "id, username, name, email, is_active, path, type, attributes, password_hash, password_change_date, last_login, date_joined, last_updated";
export const membershipColumns = "group_id, user_id";
export const sessionColumns = "id, user_id, token_hash, created_at, last_used, expires, last_ip, user_agent";

export interface RowBlock {
  users: string;
  memberships: string;
  sessions: string;
  membershipCount: number;
  sessionCount: number;
}

export class SeedRows {
  private readonly timestamps: Timestamps;

  constructor(
    private readonly passwordHash: string,
    private readonly groupIds: ReadonlyMap<string, string>,
    now: number,
  ) {
    this.timestamps = new Timestamps(now);
  }

  /** Users `start` to `end - 1`, with their memberships and sessions. */
  block(start: number, end: number): RowBlock {
    let users = "";
    let memberships = "";
    let sessions = "";
    let membershipCount = 0;
    let sessionCount = 0;
    for (let index = start; index < end; index++) {
      const user = seedUser(index);
      const second = parseInt(user.id.slice(0, 5), 16) % 86_400;
      users += this.userLine(user, second);
      memberships += `${this.groupIds.get(user.folder.group)}\t${user.id}\n`;
      for (const project of user.projects) memberships += `${this.groupIds.get(projectGroups[project] ?? "")}\t${user.id}\n`;
      membershipCount += 1 + user.projects.length;
      if (user.sessions > 0) {
        sessions += this.sessionLines(user, index);
        sessionCount += user.sessions;
      }
    }
    return { users, memberships, sessions, membershipCount, sessionCount };
  }

  private userLine(user: SeedUser, second: number): string {
    const joined = this.timestamps.ago(user.joinedDaysAgo, second);
    // Usernames, names, emails and folders are drawn from plain ASCII words: nothing to escape.
    return `${user.id}\t${user.username}\t${user.name}\t${user.email}\t${user.isActive ? "t" : "f"}\t${user.folder.path}\t${user.type}\t${copyText(JSON.stringify(user.attributes))}\t${
      user.hasPassword ? `${this.passwordHash}\t${joined}` : "\\N\t\\N"
    }\t${user.lastLoginDaysAgo === null ? "\\N" : this.timestamps.ago(user.lastLoginDaysAgo, second)}\t${joined}\t${this.timestamps.ago(user.updatedDaysAgo, second)}\n`;
  }

  private sessionLines(user: SeedUser, index: number): string {
    let text = "";
    const expires = this.timestamps.inHours(14 * 24);
    for (let n = 0; n < user.sessions; n++) {
      const tokenHash = createHash("sha256").update(`bench-session:${index}:${n}`).digest("hex");
      const created = this.timestamps.inHours(-(n + 1));
      text += `${randomUUID()}\t${user.id}\t${tokenHash}\t${created}\t${created}\t${expires}\t10.0.${index % 250}.${n + 1}\tMozilla/5.0 (bench)\n`;
    }
    return text;
  }
}

/** COPY's text format: backslash, tab and line breaks escaped. */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : value;
}

/**
 * Timestamp literals for COPY, built from cached day and time-of-day strings: a million
 * `toISOString()` calls would cost more than the rest of the row.
 */
class Timestamps {
  private readonly days: string[] = [];
  private readonly times: string[] = [];
  private readonly hours = new Map<number, string>();
  constructor(private readonly now: number) {}

  /** `days` before now, at second `second` of that day. */
  ago(days: number, second: number): string {
    const day = (this.days[days] ??= new Date(this.now - days * dayMs).toISOString().slice(0, 10));
    const time = (this.times[second] ??= new Date(second * 1000).toISOString().slice(11, 19));
    return `${day} ${time}+00`;
  }

  /** `hours` from now (negative: before). */
  inHours(hours: number): string {
    let text = this.hours.get(hours);
    if (text === undefined) {
      text = new Date(this.now + hours * 3_600_000).toISOString();
      this.hours.set(hours, text);
    }
    return text;
  }
}
