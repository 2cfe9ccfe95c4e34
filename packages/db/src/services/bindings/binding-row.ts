/** How policy bindings are read, and how an event names one: "<application> → group <name>". */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, applicationMessages, textArrayLiteral, type TPolicyBinding } from "@roster/core";
import { sql } from "../../sql.js";

export const bindingColumns = `b.id, b.application_id AS "applicationId",
  CASE WHEN u.id IS NOT NULL THEN json_build_object('id', u.id, 'username', u.username) END AS "user",
  CASE WHEN g.id IS NOT NULL THEN json_build_object('id', g.id, 'name', g.name) END AS "group",
  b."order", b.negate, b.enabled`;

export const bindingFrom = "policy_bindings b LEFT JOIN users u ON u.id = b.user_id LEFT JOIN groups g ON g.id = b.group_id";

export async function getBinding(em: EntityManager, id: string): Promise<TPolicyBinding> {
  const rows = await sql<TPolicyBinding>(em, `SELECT ${bindingColumns} FROM ${bindingFrom} WHERE b.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Binding");
  return rows[0];
}

/** What an event calls a binding, and the user it is about (for that user's events tab). */
export async function bindingEventRef(em: EntityManager, id: string): Promise<{ ref: { model: string; pk: string; name: string }; application: { id: string; name: string }; targetUserId: string | null }> {
  const rows = await sql<{ application_id: string; application: string; user_id: string | null; username: string | null; group_name: string | null }>(
    em,
    `SELECT b.application_id, a.name AS application, b.user_id, u.username, g.name AS group_name
       FROM policy_bindings b JOIN applications a ON a.id = b.application_id LEFT JOIN users u ON u.id = b.user_id LEFT JOIN groups g ON g.id = b.group_id
      WHERE b.id = ?`,
    [id],
  );
  const row = rows[0];
  if (!row) throw AppError.notFound("Binding");
  const subject = row.username !== null ? `user ${row.username}` : `group ${row.group_name ?? "?"}`;
  return {
    ref: { model: "policy_binding", pk: id, name: `${row.application} → ${subject}` },
    application: { id: row.application_id, name: row.application },
    targetUserId: row.user_id,
  };
}

/** The applications the bindings belong to, so that the caller's rights on each can be checked first. */
export async function bindingApplicationIds(em: EntityManager, ids: readonly string[]): Promise<string[]> {
  const rows = await sql<{ application_id: string }>(em, "SELECT DISTINCT application_id FROM policy_bindings WHERE id = ANY(?::uuid[])", [textArrayLiteral(ids)]);
  return rows.map((row) => row.application_id);
}

/** Constraint violations of a binding write, as the field they are about. */
export function bindingViolation(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint === "policy_bindings_application_user") return new AppError("CONFLICT", applicationMessages.bindingUserTaken, { fieldErrors: { userId: [applicationMessages.bindingUserTaken] } });
  if (constraint === "policy_bindings_application_group") return new AppError("CONFLICT", applicationMessages.bindingGroupTaken, { fieldErrors: { groupId: [applicationMessages.bindingGroupTaken] } });
  return error;
}
