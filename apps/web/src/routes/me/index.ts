/** The signed-in person's own pages (`/me/...`), open to everyone who can sign in. */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

export const meRoutes: RouteDefinition = {
  path: "/me",
  children: [
    { path: "/applications", component: lazy(() => import("./applications")) },
    { path: "/settings", component: lazy(() => import("./settings")) },
  ],
};
