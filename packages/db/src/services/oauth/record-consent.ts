/**
 * A user's answer on the consent page: the consent (the scopes asked, with those given before
 * that are still valid) replaces the user's earlier consent for the application; mode
 * `always_require` records nothing. The access predicate is asked again in the same transaction,
 * so a binding removed meanwhile records nothing either.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, consentExpiry, oauthMessages } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { loadAuthorizationContext } from "./authorization-context.js";

export async function recordConsent(em: EntityManager, input: { clientId: string; userId: string; scopes: readonly string[] }): Promise<void> {
  await em.transactional(async (tx) => {
    const context = await loadAuthorizationContext(tx, input.clientId, input.userId);
    if (!context) throw AppError.notFound("Application");
    if (!context.allowed) throw AppError.forbidden(oauthMessages.accessDenied);
    if (!context.consent) return;
    const { record, expires } = consentExpiry(context.consent.mode, context.consent.consentExpirySeconds, new Date());
    if (!record) return;
    const scopes = [...new Set([...context.givenScopes, ...input.scopes])];
    await sql(tx, "DELETE FROM user_consents WHERE user_id = ? AND application_id = ?", [input.userId, context.application.id]);
    await sql(tx, "INSERT INTO user_consents (id, user_id, application_id, permissions, expires) VALUES (?, ?, ?, ?, ?)", [newId(), input.userId, context.application.id, scopes.join(" "), expires]);
  });
}
