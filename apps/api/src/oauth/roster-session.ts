/**
 * The provider signs users in through Roster's own session: the browser's Roster session cookie,
 * resolved by the same rules as every request (expired, idle, inactive user, or older than a
 * password change: none).
 */
import type { IncomingMessage } from "node:http";
import { resolveCaller, type Database, type ResolvedCaller } from "@roster/db";
import { cookieName, readCookies } from "../http/cookies.js";

export type RosterSessionReader = (req: IncomingMessage) => Promise<ResolvedCaller | null>;

/** Resolved once per request: the login check and the grant loader both ask. */
export function rosterSessionReader(database: Database, secure: boolean): RosterSessionReader {
  const resolved = new WeakMap<IncomingMessage, Promise<ResolvedCaller | null>>();
  return (req) => {
    let caller = resolved.get(req);
    if (!caller) {
      const cookie = readCookies(req).get(cookieName("session", secure));
      caller = cookie ? resolveCaller(database.fork(), { kind: "session", cookieValue: cookie }) : Promise.resolve(null);
      resolved.set(req, caller);
    }
    return caller;
  };
}
