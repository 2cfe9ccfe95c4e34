/** Dashboard routes (`/dashboards/...`); the Overview itself is the admins' home (`/`, routes/home.tsx). */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const dashboardRoutes: RouteDefinition = {
  path: "/dashboards",
  component: AdminOnly,
  children: [{ path: "/users", component: lazy(() => import("./users")) }],
};
