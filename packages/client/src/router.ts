/**
 * The router's type as a client sees it. In the workspace this is the server's own `AppRouter`;
 * the build (scripts/flatten-router-type.ts) replaces the declarations of this file with the same
 * procedures written out (every input, output and the error shape), so that the built types import
 * neither `@roster/api` nor what it is built on (MikroORM, graphile-worker, node's http types).
 */
import type { AppRouter } from "@roster/api";

export type RosterRouter = AppRouter;

/** What a failed call carries (`error.data` holds `code`, `httpStatus`, `fieldErrors`, `queryError`). */
export type RosterErrorShape = AppRouter["_def"]["_config"]["$types"]["errorShape"];
