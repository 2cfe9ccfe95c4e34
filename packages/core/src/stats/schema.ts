/** The dashboards' procedures (SPEC §16): `stats.overview`, `stats.activity`, `stats.users`, `users.activity`. */
import { z } from "zod";
import { ZUserType } from "../users/schema.js";

export const statsRanges = ["24h", "30d"] as const;
export const ZStatsRange = z.enum(statsRanges);
export type TStatsRange = z.infer<typeof ZStatsRange>;

const count = z.number().int().nonnegative();

export const ZActivityInput = z.object({
  range: ZStatsRange,
  /** Only these actions; every bucket then names each of them, zero included. */
  actions: z.array(z.string().min(1).max(100)).min(1).max(30).optional(),
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZActivityBucket = z.object({
  /** The bucket's first instant (ISO): a UTC hour for 24h, a UTC day for 30d. */
  start: z.string(),
  counts: z.record(z.string(), count),
});
export type TActivityBucket = z.infer<typeof ZActivityBucket>;

/** Oldest bucket first; the last one is the current hour or day, still filling. */
export const ZActivity = z.object({ range: ZStatsRange, buckets: z.array(ZActivityBucket) });
export type TActivity = z.infer<typeof ZActivity>;

export const ZUserActivityInput = z.object({ userId: z.uuid(), range: ZStatsRange });

/** Each part is null when the caller may not see what it counts. */
export const ZStatsOverview = z.object({
  users: z.object({ total: count, active: count, inactive: count, serviceAccounts: count }).nullable(),
  sessionsActive: count.nullable(),
  groups: count.nullable(),
  applications: count.nullable(),
  /** Active internal users with a confirmed MFA device, 0–1; null before MFA exists (or with no such user). */
  mfaAdoption: z.number().min(0).max(1).nullable(),
  attention: z.object({ exportsFailed: count.nullable(), jobsFailed: count.nullable(), jobsRetrying: count.nullable() }),
});
export type TStatsOverview = z.infer<typeof ZStatsOverview>;

export const ZUserStats = z.object({
  /** The last 30 UTC days, oldest first, zeros included. */
  createdPerDay: z.array(z.object({ day: z.iso.date(), count })),
  /** The folders holding the most users (their own users, not their subfolders'), largest first. */
  byFolder: z.array(z.object({ path: z.string(), count })),
  byType: z.array(z.object({ type: ZUserType, isActive: z.boolean(), count })),
});
export type TUserStats = z.infer<typeof ZUserStats>;

/** Every card's count, before the caller's permissions leave some out (see `overviewFor`). */
export interface TOverviewCounts {
  users: { total: number; active: number; inactive: number; serviceAccounts: number };
  sessionsActive: number;
  groups: number;
  applications: number;
  mfaAdoption: number | null;
  attention: { exportsFailed: number; jobsFailed: number; jobsRetrying: number };
}
