/** Event routes (`/events/...`): logs and data exports. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const eventRoutes: RouteDefinition = {
  path: "/events",
  component: AdminOnly,
  children: [
    { path: "/logs", component: lazy(() => import("./logs")) },
    { path: "/exports", component: lazy(() => import("./exports")) },
  ],
};
