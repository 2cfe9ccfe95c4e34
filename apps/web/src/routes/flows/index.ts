/** Flows & Stages routes (`/flows/...`). The flow runner for people is `/flow/:slug`, in routes/flow. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { AdminOnly } from "../../components/shell/admin-only";

export const flowAdminRoutes: RouteDefinition = {
  path: "/flows",
  component: AdminOnly,
  children: [
    { path: "/", component: lazy(() => import("./list")) },
    { path: "/:id", component: lazy(() => import("./detail")) },
  ],
};
