/**
 * The user this flow execution has proven (SPEC §9 rule 4): one who came in through a recovery
 * key or emailed link or passed a password stage here, or who is signed in in this browser with
 * their own (not an impersonation) session. Stages that change an account act only on this user.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FlowState } from "../../../entities/flow.js";
import { sql } from "../../../sql.js";

export async function provenUserId(em: EntityManager, state: FlowState, currentSessionId: string | null): Promise<string | null> {
  if (state.userId && state.data.authenticated === true) return state.userId;
  if (!currentSessionId) return null;
  const rows = await sql<{ user_id: string }>(em, "SELECT user_id FROM sessions WHERE id = ? AND impersonator_id IS NULL", [currentSessionId]);
  const sessionUser = rows[0]?.user_id ?? null;
  return sessionUser && (state.userId === null || state.userId === sessionUser) ? sessionUser : null;
}
