/** System routes (`/system/...`): brands, settings, the development outbox, tasks. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const systemRoutes: RouteDefinition = {
  path: "/system",
  component: AdminOnly,
  children: [
    { path: "/brands", component: lazy(() => import("./brands")) },
    { path: "/settings", component: lazy(() => import("./settings")) },
    { path: "/outbox", component: lazy(() => import("./outbox")) },
    { path: "/tasks", component: lazy(() => import("./tasks")) },
  ],
};
