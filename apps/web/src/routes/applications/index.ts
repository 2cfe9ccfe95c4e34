/** Application routes (`/applications/...`): one lazily loaded chunk per page. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const applicationRoutes: RouteDefinition = {
  path: "/applications",
  component: AdminOnly,
  children: [
    { path: "/", component: lazy(() => import("./list")) },
    { path: "/:id", component: lazy(() => import("./detail")) },
  ],
};
