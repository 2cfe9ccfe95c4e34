/**
 * A directory as a live installation holds it, made through the admin API and real actions so that
 * every console page has something to show: users in several folders (a service account, an
 * inactive user), a parent/child group pair passing a role on and a super-user group, roles with
 * global and per-object permissions, an application with an OAuth provider and a group binding,
 * sign-ins, a password reset, a recovery link and an impersonation in the log, a recovery email in
 * the outbox, a finished export, an API token, an invitation, and a task run. Flows and brands are
 * those of first start, plus the example recovery flow set on the default brand. Needs a worker
 * and, for the outbox, a mail server whose capture directory is `ROSTER_MAIL_CAPTURE_DIR`.
 */
import { adminPassword, signIn } from "@roster/api/testing";
import { sql } from "@roster/db/testing";
import type { Environment } from "./environment.js";
import { exportProgress } from "./export-progress.js";
import { failedSignIn } from "./failed-sign-in.js";
import { useRecoveryFlow } from "./recovery-setup.js";
import { waitFor } from "./wait.js";

export interface RealisticDirectory {
  /** A user with groups, roles, sessions and events: every tab of the user page has rows. */
  userId: string;
  serviceAccountId: string;
  /** The child group: a parent, members and an inherited role. */
  groupId: string;
  roleId: string;
  applicationId: string;
  flowId: string;
  recoverySlug: string;
}

const userAgents = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Safari/605.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36"];

export async function seedRealisticDirectory(environment: Environment): Promise<RealisticDirectory> {
  const admin = environment.app.admin();
  const api = admin.api;

  const dana = await api.users.create.mutate({ username: "dana", name: "Dana Scully", email: "dana@example.com", path: "users/engineering", attributes: { team: "platform", location: "Berlin" } });
  await api.users.setPassword.mutate({ id: dana.id, password: "dana-password-1" });
  for (const [username, name, path] of [
    ["fox", "Fox Mulder", "users/engineering"],
    ["walter", "Walter Skinner", "users/management"],
    ["monica", "Monica Reyes", "users/sales"],
    ["john", "John Doggett", "users/sales"],
    ["guest-ann", "Ann Guest", "customers"],
  ] as const) {
    await api.users.create.mutate({ username, name, email: `${username}@example.com`, path });
  }
  const inactive = await api.users.create.mutate({ username: "alex", name: "Alex Krycek", path: "users/former", isActive: false });
  const { user: robot } = await api.serviceAccounts.create.mutate({ name: "ci-robot", createGroup: true });
  await api.tokens.create.mutate({ identifier: "deploy-script", userId: robot.id, description: "Used by the deploy pipeline" });

  const helpdesk = await api.roles.create.mutate({ name: "helpdesk" });
  for (const permission of ["access_admin_console", "view_user", "reset_user_password"]) await api.roles.assignPermission.mutate({ roleId: helpdesk.id, permission });
  const auditor = await api.roles.create.mutate({ name: "auditor" });
  await api.roles.assignPermission.mutate({ roleId: auditor.id, permission: "view_event" });
  await api.roles.assignPermission.mutate({ roleId: auditor.id, permission: "view_user", objectType: "user", objectId: dana.id });
  const staff = await api.groups.create.mutate({ name: "staff", roles: [helpdesk.id], attributes: { cost_center: "4711" } });
  const engineering = await api.groups.create.mutate({ name: "engineering", parents: [staff.id] });
  await api.groups.create.mutate({ name: "security-team", isSuperuser: true });
  await api.groups.addMembers.mutate({ groupId: engineering.id, userIds: [dana.id] });
  const { items: admins } = await api.users.list.query({ query: 'username = "admin"' });
  await api.groups.addMembers.mutate({ groupId: staff.id, userIds: [inactive.id, ...admins.map((admin) => admin.id)] });
  await api.users.assignRoles.mutate({ userId: dana.id, roleIds: [auditor.id] });

  const application = await api.applications.create.mutate({
    slug: "wiki",
    name: "Team Wiki",
    launchUrl: "https://wiki.example.com/",
    group: "Knowledge",
    metaDescription: "Handbooks, how-tos and meeting notes",
    metaPublisher: "Platform team",
    provider: { clientType: "confidential", redirectUris: ["https://wiki.example.com/oauth/callback"], authorizationFlow: "default-provider-authorization-explicit-consent", accessTokenValidity: 300, refreshTokenValidity: 86_400, refreshTokens: true },
  });
  await api.bindings.create.mutate({ applicationId: application.id, groupId: staff.id });

  // Events from real actions: sign-ins from two browsers, a failed one, a reset, a link, an impersonation.
  for (const userAgent of userAgents) await signIn(environment.app.client({ userAgent }), "dana", "dana-password-1");
  await failedSignIn(environment, "dana");
  await api.users.setPassword.mutate({ id: dana.id, password: "dana-password-2" });
  const recovery = await useRecoveryFlow(admin, "recovery-email-verification.yaml");
  await api.users.createRecoveryLink.mutate({ id: dana.id });
  await api.users.sendRecoveryEmail.mutate({ id: dana.id });
  const impersonator = environment.app.client();
  await signIn(impersonator, "admin", adminPassword);
  await impersonator.api.users.impersonate.mutate({ id: dana.id, reason: "Checking what Dana sees on My applications" });

  await api.invitations.create.mutate({ name: "contractors-2026", fixedData: { path: "users/contractors", attributes: { company: "acme" } } });
  const { exportId } = await api.users.export.mutate({ query: 'path = "users/engineering"' });
  await waitFor(() => exportProgress(environment.app.database.fork(), exportId), (progress) => progress.status === "done", 60_000);
  const { jobId } = await api.tasks.runNow.mutate({ task: "cleanup" });
  await waitFor(() => finishedRuns(environment, "job_id = ?::bigint", jobId), (count) => count > 0, 60_000);
  await waitFor(() => finishedRuns(environment, "task = ? AND outcome = 'success'", "send-email"), (count) => count > 0, 60_000);

  const flows = await api.flows.list.query({});
  const authentication = flows.items.find((flow) => flow.slug === "default-authentication-flow");
  if (!authentication) throw new Error("No default-authentication-flow");
  return { userId: dana.id, serviceAccountId: robot.id, groupId: engineering.id, roleId: helpdesk.id, applicationId: application.id, flowId: authentication.id, recoverySlug: recovery.slug };
}

async function finishedRuns(environment: Environment, where: string, value: string): Promise<number> {
  const rows = await sql<{ count: number }>(environment.app.database.fork(), `SELECT count(*)::int AS count FROM job_runs WHERE ${where}`, [value]);
  return rows[0]?.count ?? 0;
}
