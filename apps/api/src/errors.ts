/** Maps anything a procedure throws onto the one AppError type, or null to let tRPC handle it. */
import { TRPCError } from "@trpc/server";
import { AppError } from "@roster/core";

const unavailableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"]);

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof TRPCError) return error.cause ? toAppError(error.cause) : null;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && unavailableCodes.has(code)) {
    return new AppError("SERVICE_UNAVAILABLE", "The database is unavailable. Try again in a moment.", { cause: error });
  }
  const message = error instanceof Error ? error.message : "";
  if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection/i.test(message)) {
    return new AppError("SERVICE_UNAVAILABLE", "The database is unavailable. Try again in a moment.", { cause: error });
  }
  if (code === "23505") return new AppError("CONFLICT", "An object with these values already exists.", { cause: error });
  if (code === "57014") return new AppError("SERVICE_UNAVAILABLE", "The request took too long and was stopped. Narrow it down and try again.", { cause: error });
  // Text PostgreSQL cannot store (a NUL character, an invalid encoding) is bad input, not a server fault.
  if (code === "22021" || code === "22P05") return new AppError("BAD_REQUEST", "The input contains a character that cannot be stored (such as a NUL character).", { cause: error });
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause && cause !== error ? toAppError(cause) : null;
}

/** The TRPCError for an AppError or a database failure, or null when it is neither. */
export function toTrpcError(error: unknown): TRPCError | null {
  const app = toAppError(error);
  return app ? new TRPCError({ code: app.code, message: app.message, cause: app }) : null;
}

/** For code outside a procedure (the request's context): rethrows as the TRPCError it maps to. */
export function rethrowMapped(error: unknown): never {
  throw toTrpcError(error) ?? error;
}
