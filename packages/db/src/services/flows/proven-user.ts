/**
 * The user a stage that requires a proof acts on (SPEC §9 rule 4): proven in this execution
 * (flow-subject.ts), still active, and no service account — loaded once per request.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { isServiceAccount } from "@roster/core";
import { sql } from "../../sql.js";
import { flowMessages } from "./flow-messages.js";
import type { FlowSubject } from "./flow-subject.js";
import type { ProvenUser } from "./stage-handler.js";

/** The proven user, or a denial: `denied: null` when the stage's own message says why. */
export async function loadProvenUser(
  em: EntityManager,
  subject: FlowSubject,
  currentSessionId: string | null,
  loaded: Map<string, ProvenUser>,
): Promise<{ user: ProvenUser } | { denied: string | null }> {
  const userId = await subject.provenUserId(em, currentSessionId);
  if (!userId) return { denied: null };
  const cached = loaded.get(userId);
  if (cached) return { user: cached };
  const rows = await sql<ProvenUser & { isActive: boolean; type: string }>(em, `SELECT id, username, name, is_active AS "isActive", type FROM users WHERE id = ?`, [userId]);
  const row = rows[0];
  if (!row) return { denied: null };
  if (!row.isActive) return { denied: flowMessages.inactiveAccount };
  if (isServiceAccount(row.type)) return { denied: flowMessages.cannotSignIn };
  const user = { id: row.id, username: row.username, name: row.name };
  loaded.set(userId, user);
  return { user };
}
