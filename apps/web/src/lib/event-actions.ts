/** The audit log's actions, for the User events filter, with words an admin reads. */
export const eventActions = [
  "login",
  "login_failed",
  "logout",
  "user_write",
  "password_set",
  "impersonation_started",
  "impersonation_ended",
  "model_created",
  "model_updated",
  "model_deleted",
  "sessions_revoked",
  "recovery_link_created",
  "email_sent",
  "email_failed",
  "export_ready",
  "authorize_application",
  "secret_view",
  "configuration_error",
  "system_task_action",
  "invitation_used",
] as const;

/** `impersonation_started` → "Impersonation started". */
export function actionLabel(action: string): string {
  const words = action.replaceAll("_", " ").trim();
  return words ? `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}` : action;
}

/** The event's context as readable, indented JSON. */
export function formatContext(context: Record<string, unknown>): string {
  return JSON.stringify(context, null, 2);
}
