/**
 * The errors of a Roster call: a `TRPCClientError` whose `data` carries the tRPC code, the HTTP
 * status, `fieldErrors` (field → messages, for invalid input) and `queryError` (`{message, start,
 * end}`, for a users query that does not parse), typed from the server's error formatter.
 */
import { TRPCClientError } from "@trpc/client";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { RosterRouter } from "./router.js";

export type RosterError = TRPCClientError<RosterRouter>;

/** `BAD_REQUEST`, `UNAUTHORIZED`, `FORBIDDEN`, `NOT_FOUND`, `CONFLICT`, `TOO_MANY_REQUESTS`, … */
export type RosterErrorCode = TRPC_ERROR_CODE_KEY;

type ErrorData = NonNullable<RosterError["data"]>;

/** Whether `error` is a failed Roster call (with that code, when one is given). */
export function isRosterError<TCode extends RosterErrorCode>(error: unknown, code?: TCode): error is RosterError & { data: ErrorData & { code: TCode } } {
  if (!(error instanceof TRPCClientError)) return false;
  const data = (error as RosterError).data;
  return data !== undefined && data !== null && (code === undefined || data.code === code);
}

/** The invalid fields of a refused input (`{}` when there are none). */
export function fieldErrorsOf(error: RosterError): NonNullable<ErrorData["fieldErrors"]> {
  return error.data?.fieldErrors ?? {};
}

/** Where a users query failed to parse, or null. */
export function queryErrorOf(error: RosterError): NonNullable<ErrorData["queryError"]> | null {
  return error.data?.queryError ?? null;
}
