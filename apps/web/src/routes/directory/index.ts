/** Directory routes (`/directory/...`): one lazily loaded chunk per page. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const directoryRoutes: RouteDefinition = {
  path: "/directory",
  component: AdminOnly,
  children: [
    { path: "/users", component: lazy(() => import("./users")) },
    { path: "/users/:id", component: lazy(() => import("./users/detail")) },
    { path: "/groups", component: lazy(() => import("./groups")) },
    { path: "/groups/:id", component: lazy(() => import("./groups/detail")) },
    { path: "/roles", component: lazy(() => import("./roles")) },
    { path: "/roles/:id", component: lazy(() => import("./roles/detail")) },
    { path: "/tokens", component: lazy(() => import("./tokens")) },
    { path: "/invitations", component: lazy(() => import("./invitations")) },
  ],
};
