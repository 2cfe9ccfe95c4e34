/**
 * tRPC setup: the context type, one error formatter, and the procedure builders. Every procedure
 * starts from one of these builders, so authentication, the Origin rule and permission checks
 * cannot be forgotten: `publicProcedure` (anyone), `authedProcedure` (signed in),
 * `permissionProcedure(codename)` (signed in and holding the codename globally).
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { AppError, inputTextProblem, missingPermissionMessage, trustMessages, type Actor, type TPermission, type TPermissionObjectType } from "@roster/core";
import { ZodError } from "zod";
import type { Context } from "./context.js";
import { toTrpcError } from "./errors.js";

/** What a procedure needs, readable by tests that walk the router (the escalation walk). */
export interface ProcedureMeta {
  permission?: TPermission;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  // Never "development": an error's stack (mapped through source maps, which is costly) is not read for an answer.
  isDev: false,
  errorFormatter({ shape, error }) {
    const app = error.cause instanceof AppError ? error.cause : null;
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      // Unexpected failures are logged by the server; their text (SQL, stack) never reaches the caller.
      message: zod ? zodMessage(zod) : shape.data.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on the server. The error was logged." : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: app?.fieldErrors ?? (zod ? zodFieldErrors(zod) : undefined),
        queryError: app?.queryError,
      },
    };
  },
});

function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "input";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function zodMessage(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return "Invalid input.";
  const key = first.path.map(String).join(".");
  return key ? `${key}: ${first.message}` : first.message;
}

/** AppErrors (and database failures) become TRPCErrors with the matching code. */
const errors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && !(result.error.cause instanceof ZodError)) {
    const mapped = toTrpcError(result.error.cause ?? result.error);
    if (mapped) throw mapped;
  }
  return result;
});

/** Mutations that rely on the cookie must come from the console's own origin (CSRF). */
const originRule = t.middleware(({ ctx, type, next }) => {
  if (type !== "mutation" || ctx.authMethod === "token") return next();
  const contentType = String(ctx.req.headers["content-type"] ?? "");
  const origin = ctx.req.headers.origin ?? refererOrigin(ctx.req.headers.referer);
  if (!contentType.startsWith("application/json") || origin !== ctx.app.publicUrl.origin) {
    throw new TRPCError({ code: "FORBIDDEN", message: `Cross-site request refused: a browser mutation must be sent as JSON from ${ctx.app.publicUrl.origin}.` });
  }
  return next();
});

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** NUL characters, unpaired surrogates and absurd nesting answer 400 naming the field, before any schema or statement sees them. */
const inputText = t.middleware(async ({ getRawInput, next }) => {
  const problem = inputTextProblem(await getRawInput());
  if (problem) throw new AppError("BAD_REQUEST", `${problem.path}: ${problem.message}`, { fieldErrors: { [problem.path]: [problem.message] } });
  return next();
});

export const publicProcedure = t.procedure.use(errors).use(originRule).use(inputText);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** For what no grant can open: captured mail with live links, for instance. */
export const superuserProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.permissions.isSuperuser) throw new TRPCError({ code: "FORBIDDEN", message: trustMessages.superusersOnly });
  return next();
});

export function permissionProcedure(codename: TPermission) {
  return authedProcedure.meta({ permission: codename }).use(({ ctx, next }) => {
    requirePermission(ctx.actor, codename);
    return next();
  });
}

/**
 * For procedures whose permission may be granted on single objects: refuses at once a caller who
 * holds the codename on nothing; the procedure then checks the object with `requirePermission`.
 * With `rowType`, a list's procedure gets `ctx.visibleIds`: the ids of the objects of that type
 * the caller may see, or null for all (PermissionSet.scope, the one place rows are scoped).
 */
export function objectPermissionProcedure(codename: TPermission, rowType?: TPermissionObjectType) {
  return authedProcedure.meta({ permission: codename }).use(({ ctx, next }) => {
    if (!ctx.actor.permissions.hasAny(codename)) {
      throw new TRPCError({ code: "FORBIDDEN", message: missingPermissionMessage(codename) });
    }
    return next({ ctx: { visibleIds: rowType ? ctx.actor.permissions.scope(codename, rowType) : null } });
  });
}

/** For checks that depend on the input, such as a permission on one object. */
export function requirePermission(actor: Actor, codename: TPermission, object?: { type: string; id: string }): void {
  if (!actor.permissions.has(codename, object)) {
    throw new TRPCError({ code: "FORBIDDEN", message: missingPermissionMessage(codename) });
  }
}

export type AuthedContext = Context & { actor: Actor };
