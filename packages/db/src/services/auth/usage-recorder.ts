/**
 * "Last used" of sessions and API tokens, written out of the request path: a request only notes
 * that its session or token was used (at most once a minute each), and one statement per table
 * writes every note gathered in the last moment. The admin pages show these values; nothing
 * decides access on a token's `last_used`, and a session's only moves forward (a note is a real
 * use that passed the idle check when it was made).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestOrigin } from "@roster/core";
import { sql } from "../../sql.js";

/** A session or token is marked used at most this often. */
export const usageIntervalMs = 60 * 1000;
const flushDelayMs = 1000;

interface SessionUse {
  clientIp: string;
  userAgent: string;
}

export class UsageRecorder {
  private sessions = new Map<string, SessionUse>();
  private tokens = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly fork: () => EntityManager,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Whether a session or token last marked at `lastUsed` is due to be marked again. */
  static isDue(lastUsed: Date | null, now = Date.now()): boolean {
    return !lastUsed || now - lastUsed.getTime() > usageIntervalMs;
  }

  sessionUsed(sessionId: string, origin: RequestOrigin): void {
    this.sessions.set(sessionId, { clientIp: origin.clientIp, userAgent: origin.userAgent.slice(0, 500) });
    this.schedule();
  }

  tokenUsed(tokenId: string): void {
    this.tokens.add(tokenId);
    this.schedule();
  }

  /** Writes what was noted so far; resolves when written (also what a shutdown waits for). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const sessions = this.sessions;
    const tokens = [...this.tokens];
    this.sessions = new Map();
    this.tokens = new Set();
    this.flushing = this.flushing.then(() => this.write(sessions, tokens)).catch(this.onError);
    return this.flushing;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => void this.flush(), flushDelayMs);
    this.timer.unref();
  }

  private async write(sessions: Map<string, SessionUse>, tokens: string[]): Promise<void> {
    const em = this.fork();
    if (sessions.size > 0) {
      await sql(
        em,
        `UPDATE sessions s SET last_used = greatest(s.last_used, now()), last_ip = use.ip, user_agent = use.ua
           FROM unnest(?::uuid[], ?::text[], ?::text[]) AS use (id, ip, ua) WHERE s.id = use.id`,
        [[...sessions.keys()], [...sessions.values()].map((use) => use.clientIp), [...sessions.values()].map((use) => use.userAgent)],
      );
    }
    if (tokens.length > 0) await sql(em, "UPDATE api_tokens SET last_used = now() WHERE id = ANY(?::uuid[])", [tokens]);
  }
}
