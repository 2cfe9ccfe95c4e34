/**
 * Events › Logs keeps its filters in the URL (`?action=login&user=ali&since=2025-01-01`), so a
 * reload or a shared link shows the same events. Dates are whole days in the viewer's time zone;
 * "until" includes its day.
 */
import { eventActions } from "./event-actions";

export interface EventFilters {
  action: string;
  /** Part of the actor's username. */
  user: string;
  /** `YYYY-MM-DD`, or empty. */
  since: string;
  until: string;
}

type Params = Partial<Record<string, string | string[] | undefined>>;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function readEventFilters(params: Params): EventFilters {
  const action = first(params.action);
  const date = (value: string) => (datePattern.test(value) && startOfDay(value) !== null ? value : "");
  return {
    action: (eventActions as readonly string[]).includes(action) ? action : "",
    user: first(params.user),
    since: date(first(params.since)),
    until: date(first(params.until)),
  };
}

/** What to give the router's `setSearchParams`: empty values leave the URL. */
export function eventFilterSearch(filters: Partial<EventFilters>): Record<string, string | undefined> {
  const search: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(filters)) search[key] = value.trim() ? value : undefined;
  return search;
}

export function sameEventFilters(a: EventFilters, b: EventFilters): boolean {
  return a.action === b.action && a.user === b.user && a.since === b.since && a.until === b.until;
}

export function hasEventFilters(filters: EventFilters): boolean {
  return Boolean(filters.action || filters.user.trim() || filters.since || filters.until);
}

/** Local midnight of a `YYYY-MM-DD` day. */
export function startOfDay(day: string, offsetDays = 0): Date | null {
  const [year, month, date] = day.split("-").map(Number);
  if (year === undefined || month === undefined || date === undefined) return null;
  const value = new Date(year, month - 1, date + offsetDays);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** The `events.list` input for these filters. */
export function eventListInput(filters: EventFilters, cursor: string | null = null) {
  const since = filters.since ? startOfDay(filters.since) : null;
  const until = filters.until ? startOfDay(filters.until, 1) : null;
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.user.trim() ? { username: filters.user.trim() } : {}),
    ...(since ? { since: since.toISOString() } : {}),
    ...(until ? { until: until.toISOString() } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

export interface EventActor {
  username: string;
  onBehalfOf: { username: string } | null;
}

/**
 * Who did it. While impersonating, the event's user is the impersonated person and `onBehalfOf`
 * the admin behind them: "erin (on behalf of admin)". No user: the system or an anonymous caller.
 */
export function actorLabel(user: EventActor | null): string {
  if (!user) return "—";
  return user.onBehalfOf ? `${user.username} (on behalf of ${user.onBehalfOf.username})` : user.username;
}
