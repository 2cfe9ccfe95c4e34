/**
 * The one error type of the domain. Services throw it; the API's error formatter maps each code
 * to a tRPC code and HTTP status, and passes `message`, `fieldErrors` and `queryError` through
 * to the caller unchanged.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export type FieldErrors = Record<string, string[]>;

export interface QueryErrorInfo {
  message: string;
  start: number;
  end: number;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly queryError: QueryErrorInfo | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    details: { fieldErrors?: FieldErrors; queryError?: QueryErrorInfo; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = details.fieldErrors;
    this.queryError = details.queryError;
  }

  /** An invalid value of one field: the message names the rule, the key names the field. */
  static field(field: string, message: string): AppError {
    return new AppError("BAD_REQUEST", message, { fieldErrors: { [field]: [message] } });
  }

  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found.`);
  }

  static forbidden(message = "You do not have permission to do this."): AppError {
    return new AppError("FORBIDDEN", message);
  }
}
