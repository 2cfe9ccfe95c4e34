import { authRouter } from "./routers/auth/index.js";
import { flowsRouter } from "./routers/flows/index.js";
import { usersRouter } from "./routers/users/index.js";
import { eventsRouter } from "./routers/events/index.js";
import { groupsRouter } from "./routers/groups/index.js";
import { permissionsRouter } from "./routers/permissions/index.js";
import { rolesRouter } from "./routers/roles/index.js";
import { serviceAccountsRouter } from "./routers/service-accounts/index.js";
import { tokensRouter } from "./routers/tokens/index.js";
import { sessionsRouter } from "./routers/sessions/index.js";
import { settingsRouter } from "./routers/settings/index.js";
import { outboxRouter } from "./routers/outbox/index.js";
import { exportsRouter } from "./routers/exports/index.js";
import { notificationsRouter } from "./routers/notifications/index.js";
import { stagesRouter } from "./routers/stages/index.js";
import { brandsRouter } from "./routers/brands/index.js";
import { applicationsRouter } from "./routers/applications/index.js";
import { bindingsRouter } from "./routers/bindings/index.js";
import { meRouter } from "./routers/me/index.js";
import { tasksRouter } from "./routers/tasks/index.js";
import { consentsRouter } from "./routers/consents/index.js";
import { refreshTokensRouter } from "./routers/refresh-tokens/index.js";
import { authenticatorsRouter } from "./routers/authenticators/index.js";
import { invitationsRouter } from "./routers/invitations/index.js";
import { statsRouter } from "./routers/stats/index.js";
import { router } from "./trpc.js";

export const appRouter = router({
  auth: authRouter,
  flows: flowsRouter,
  users: usersRouter,
  groups: groupsRouter,
  roles: rolesRouter,
  permissions: permissionsRouter,
  serviceAccounts: serviceAccountsRouter,
  tokens: tokensRouter,
  events: eventsRouter,
  sessions: sessionsRouter,
  settings: settingsRouter,
  outbox: outboxRouter,
  exports: exportsRouter,
  notifications: notificationsRouter,
  stages: stagesRouter,
  brands: brandsRouter,
  applications: applicationsRouter,
  bindings: bindingsRouter,
  me: meRouter,
  tasks: tasksRouter,
  consents: consentsRouter,
  refreshTokens: refreshTokensRouter,
  authenticators: authenticatorsRouter,
  invitations: invitationsRouter,
  stats: statsRouter,
});

export type AppRouter = typeof appRouter;
