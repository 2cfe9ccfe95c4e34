/** `applications.rotateSecret`: a new secret for a confidential client, returned once; the old one stops working at once. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, oauthMessages, type Actor, type TOAuthProvider } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { newClientSecret } from "./provider-fields.js";
import { seal, type SealingKey } from "./sealed-secrets.js";

export async function rotateClientSecret(em: EntityManager, actor: Actor, sealing: SealingKey, applicationId: string): Promise<{ clientSecret: string }> {
  return em.transactional(async (tx) => {
    const rows = await sql<{ name: string; provider: Partial<TOAuthProvider> }>(tx, "SELECT name, provider FROM applications WHERE id = ? FOR UPDATE", [applicationId]);
    const row = rows[0];
    if (!row) throw AppError.notFound("Application");
    if (row.provider.type !== "oauth2") throw AppError.field("id", oauthMessages.noProvider);
    if (row.provider.clientType !== "confidential") throw AppError.field("id", oauthMessages.clientTypeNoSecret);
    const clientSecret = newClientSecret();
    await sql(tx, "UPDATE applications SET client_secret_sealed = ? WHERE id = ?", [seal(sealing, clientSecret), applicationId]);
    await recordModelEvent(tx, actor, "model_updated", { model: "application", pk: applicationId, name: row.name }, { rotated: "client credentials" });
    return { clientSecret };
  });
}
