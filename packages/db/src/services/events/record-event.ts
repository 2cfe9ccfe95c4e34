/**
 * Writes one audit event. Secrets never reach the log: keys that name one are dropped from the
 * context whatever the caller passed. Retention comes from the settings row.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, RequestOrigin } from "@roster/core";
import { newId } from "../auth/secrets.js";
import { sql } from "../../sql.js";

export type TEventAction =
  | "login"
  | "login_failed"
  | "logout"
  | "user_write"
  | "password_set"
  | "impersonation_started"
  | "impersonation_ended"
  | "model_created"
  | "model_updated"
  | "model_deleted"
  | "sessions_revoked"
  | "recovery_link_created"
  | "email_sent"
  | "email_failed"
  | "export_ready"
  | "authorize_application"
  | "secret_view"
  | "configuration_error"
  | "system_task_action"
  | "invitation_used";

export interface EventInput {
  action: TEventAction;
  /** Who did it; null for the system (worker jobs) or an anonymous visitor. */
  actor: Pick<Actor, "userId" | "username" | "impersonator"> | null;
  origin?: RequestOrigin | null;
  /** The user the event is about, for the User events tab. */
  targetUserId?: string | null;
  context?: Record<string, unknown>;
}

const secretKey = /pass(word)?|secret|token|key|link|hash|cookie/i;

export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !secretKey.test(key))
        .map(([key, inner]) => [key, withoutSecrets(inner)]),
    );
  }
  return value;
}

export async function recordEvent(em: EntityManager, input: EventInput): Promise<string> {
  const id = newId();
  const actor = input.actor;
  await sql(em, 
    `INSERT INTO events (id, action, user_id, username, on_behalf_of_id, on_behalf_of_username, target_user_id, context, client_ip, brand, expires)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, now() + (SELECT event_retention_days FROM settings WHERE id = 1) * interval '1 day')`,
    [
      id,
      input.action,
      actor?.userId ?? null,
      actor?.username ?? "",
      actor?.impersonator?.id ?? null,
      actor?.impersonator?.username ?? null,
      input.targetUserId ?? null,
      JSON.stringify(withoutSecrets(input.context ?? {})),
      input.origin?.clientIp ?? "",
      input.origin?.brand ?? "",
    ],
  );
  return id;
}
