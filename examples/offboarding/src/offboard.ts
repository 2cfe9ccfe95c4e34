/**
 * Offboarding: every active user of a folder (subfolders included) whose contract ended before
 * today is deactivated, which also ends their sessions and refresh tokens (Roster does that).
 * The users are read page by page; a dry run reports the same list and changes nothing.
 */
import type { RosterClient } from "@roster/client";
import { contractEnd } from "./contract-end.js";

export interface OffboardOptions {
  folder: string;
  /** `YYYY-MM-DD`; contracts that ended before this day are offboarded. */
  today: string;
  dryRun: boolean;
}

export interface OffboardedUser {
  id: string;
  username: string;
  contractEnd: string;
}

export interface OffboardReport {
  dryRun: boolean;
  /** Deactivated, or (dry run) to be deactivated. */
  offboarded: OffboardedUser[];
  /** Users whose contract_end is set but is not a date: left alone, and named so someone looks. */
  unreadable: { username: string; reason: string }[];
}

/** setActive takes at most 1,000 ids per call. */
const batchSize = 1000;

/** Only active users that have the attribute at all: the date itself is compared here. */
const candidates = "is_active = True and attributes.contract_end != None";

export async function offboard(client: RosterClient, options: OffboardOptions): Promise<OffboardReport> {
  const offboarded: OffboardedUser[] = [];
  const unreadable: OffboardReport["unreadable"] = [];
  for await (const user of client.users.iterate({ query: candidates, path: options.folder, ordering: "username" })) {
    const end = contractEnd(user.attributes, options.today);
    if (end.kind === "ended") offboarded.push({ id: user.id, username: user.username, contractEnd: end.day });
    if (end.kind === "invalid") unreadable.push({ username: user.username, reason: end.reason });
  }
  if (!options.dryRun) {
    for (let start = 0; start < offboarded.length; start += batchSize) {
      await client.users.setActive.mutate({ ids: offboarded.slice(start, start + batchSize).map((user) => user.id), isActive: false });
    }
  }
  return { dryRun: options.dryRun, offboarded, unreadable };
}
