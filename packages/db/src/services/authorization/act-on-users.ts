/**
 * Rule 1 and rule 5 of SPEC §9: only a super-user acts on a super-user, and service accounts have
 * no usable password. Every service that changes a user, their credentials, sessions, tokens,
 * groups or roles calls `assertMayActOnUsers` inside its transaction.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, isServiceAccount, trustMessages, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayActAs } from "./grants.js";
import { superuserIds } from "./superuser-tree.js";

export async function assertMayActOnUsers(em: EntityManager, actor: Actor, userIds: readonly string[]): Promise<void> {
  if (actor.permissions.isSuperuser || userIds.length === 0) return;
  if ((await superuserIds(em, userIds)).size > 0) throw AppError.forbidden(trustMessages.superuserTarget);
}

export type CredentialAction = "password" | "impersonation";

/** Refuses password resets, recovery and impersonation of service accounts. */
export async function assertHasUsablePassword(em: EntityManager, userId: string, action: CredentialAction = "password"): Promise<void> {
  const rows = await sql<{ type: string }>(em, "SELECT type FROM users WHERE id = ?", [userId]);
  const type = rows[0]?.type;
  if (type && isServiceAccount(type)) throw new AppError("BAD_REQUEST", action === "password" ? trustMessages.serviceAccountPassword : trustMessages.serviceAccountImpersonation);
}

/**
 * Password resets, recovery links or emails, impersonation: whoever does one can act as the user
 * afterwards, so besides rules 1 and 5 the caller must hold everything that user holds.
 */
export async function assertMayTakeOver(em: EntityManager, actor: Actor, userId: string, action: CredentialAction): Promise<void> {
  await assertHasUsablePassword(em, userId, action);
  await assertMayActAs(em, actor, userId);
}
