/**
 * The body of every failed REST call: the same error object tRPC answers under `error`
 * (message, JSON-RPC code, and `data` with the tRPC code, the HTTP status, `fieldErrors` for
 * invalid input and `queryError` for a bad users query), so a service handles both wire formats alike.
 */
import { z } from "zod";

export const ZRestError = z
  .object({
    message: z.string().meta({ description: "Written for the admin who reads it; shown unchanged." }),
    code: z.number().int().meta({ description: "The JSON-RPC error code (tRPC's)." }),
    data: z.object({
      code: z.string().meta({ description: "BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, PAYLOAD_TOO_LARGE, SERVICE_UNAVAILABLE, …", example: "BAD_REQUEST" }),
      httpStatus: z.number().int(),
      path: z.string().optional().meta({ description: "The procedure, such as users.list." }),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Invalid input: field (dotted path) → messages." }),
      queryError: z
        .object({ message: z.string(), start: z.number().int(), end: z.number().int() })
        .optional()
        .meta({ description: "A users query that does not parse: the message and the range of the text at fault." }),
    }),
  })
  .meta({ title: "Error" });

/** The statuses a procedure may answer besides 200, with what they mean. */
export const restErrorStatuses: Record<number, string> = {
  400: "Invalid input (see data.fieldErrors or data.queryError) or a refused request.",
  401: "No valid API token (or session).",
  403: "The caller lacks the permission this procedure checks.",
  404: "The object does not exist, or the caller may not see it.",
  409: "A conflict with existing data.",
  413: "The request body is larger than 1 MB.",
  429: "Too many requests.",
  500: "An unexpected failure (logged by the server).",
  503: "The database is unavailable; try again.",
};
