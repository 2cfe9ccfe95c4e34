/**
 * The console's routes. Pages load lazily, one chunk each; each area lists its pages in
 * `routes/<area>/index.ts` (and its menu entries in `lib/navigation.ts`).
 */
import { Router, type RouteDefinition, type RouteSectionProps } from "@solidjs/router";
import { lazy } from "solid-js";
import { AppShell } from "./components/shell/app-shell";
import { PageLoading } from "./components/shell/page-loading";
import { RequireSession, SessionProvider } from "./lib/session";
import { applicationRoutes } from "./routes/applications";
import { dashboardRoutes } from "./routes/dashboards";
import { directoryRoutes } from "./routes/directory";
import { eventRoutes } from "./routes/events";
import { flowAdminRoutes } from "./routes/flows";
import { meRoutes } from "./routes/me";
import { systemRoutes } from "./routes/system";
import { ConsoleUnavailable } from "./components/shell/console-unavailable";
import { ToastProvider } from "./ui/toast";

function Root(props: RouteSectionProps) {
  return (
    <ToastProvider>
      <SessionProvider>{props.children}</SessionProvider>
    </ToastProvider>
  );
}

function Console(props: RouteSectionProps) {
  return (
    <RequireSession loading={<PageLoading fullscreen />} failed={(message, retry) => <ConsoleUnavailable message={message} onRetry={retry} />}>
      <AppShell>{props.children}</AppShell>
    </RequireSession>
  );
}

const routes: RouteDefinition[] = [
  { path: "/login", component: lazy(() => import("./routes/login")) },
  { path: "/flow/:slug", component: lazy(() => import("./routes/flow")) },
  { path: "/consent/:uid", component: lazy(() => import("./routes/consent")) },
  {
    path: "/",
    component: Console,
    children: [
      { path: "/", component: lazy(() => import("./routes/home")) },
      dashboardRoutes,
      directoryRoutes,
      applicationRoutes,
      flowAdminRoutes,
      eventRoutes,
      systemRoutes,
      meRoutes,
      { path: "*", component: lazy(() => import("./routes/not-found")) },
    ],
  },
];

export function App() {
  return <Router root={Root}>{routes}</Router>;
}
