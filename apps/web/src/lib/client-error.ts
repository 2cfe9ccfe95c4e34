/**
 * Turns whatever a tRPC call threw into what a page shows: the backend's own message (never
 * replaced by a generic text), its per-field messages, and the position of a query error.
 */
export interface QueryErrorPosition {
  message: string;
  start: number;
  end: number;
}

export interface ClientError {
  message: string;
  /** tRPC's code such as `BAD_REQUEST` or `FORBIDDEN`; null when the server was not reached. */
  code: string | null;
  fieldErrors: Record<string, string[]>;
  queryError: QueryErrorPosition | null;
}

const unreachable = "Could not reach the server. Check your connection and try again.";

export function toClientError(error: unknown): ClientError {
  const data = readData(error);
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (!data) {
    // No tRPC error shape: the request never got an answer (offline, server down, proxy error).
    const networkFailure = error instanceof TypeError || /fetch|network|JSON/i.test(message) || message === "";
    return { message: networkFailure ? unreachable : message, code: null, fieldErrors: {}, queryError: null };
  }
  const code = typeof data.code === "string" ? data.code : null;
  return {
    message: message || code || unreachable,
    code,
    fieldErrors: readFieldErrors(data.fieldErrors),
    queryError: readQueryError(data.queryError),
  };
}

/** True when the API does not have this procedure (yet): callers may hide the feature. */
export function isMissingProcedure(error: ClientError): boolean {
  return error.code === "NOT_FOUND" && error.message.startsWith("No procedure found on path");
}

function readData(error: unknown): Record<string, unknown> | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : null;
}

function readFieldErrors(value: unknown): Record<string, string[]> {
  if (typeof value !== "object" || value === null) return {};
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fields[field] = messages.filter((entry): entry is string => typeof entry === "string");
    else if (typeof messages === "string") fields[field] = [messages];
  }
  return fields;
}

function readQueryError(value: unknown): QueryErrorPosition | null {
  if (typeof value !== "object" || value === null) return null;
  const { message, start, end } = value as Record<string, unknown>;
  if (typeof message !== "string" || typeof start !== "number" || typeof end !== "number") return null;
  return { message, start, end };
}
