/**
 * Writes a new API token and its event, inside the caller's transaction. The key is returned
 * once and stored only as its SHA-256; the event names the token, never the key.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, tokenExpiry, tokenKeyLength, tokenMessages, type Actor, type TTokenIntentName } from "@roster/core";
import { sql } from "../../sql.js";
import { hashSecret, newId, newSecret } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";

export interface NewToken {
  identifier: string;
  userId: string;
  username: string;
  intent: TTokenIntentName;
  expiring: boolean;
  expires?: string | undefined;
  description: string;
}

export async function insertToken(em: EntityManager, actor: Actor, token: NewToken, identifierField = "identifier"): Promise<{ id: string; key: string }> {
  const settings = await sql<{ duration: number; length: number }>(em, "SELECT default_token_duration_seconds AS duration, default_token_length AS length FROM settings WHERE id = 1");
  const expires = tokenExpiry(token, null, settings[0]?.duration ?? 86_400);
  const taken = await sql(em, "SELECT 1 FROM api_tokens WHERE identifier = ?", [token.identifier]);
  if (taken.length > 0) throw identifierTaken(identifierField);
  const length = tokenKeyLength(settings[0]?.length ?? 60);
  const key = newSecret(Math.ceil((length * 3) / 4)).slice(0, length);
  const id = newId();
  await sql(em, "INSERT INTO api_tokens (id, identifier, user_id, key_hash, intent, expiring, expires, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
    id,
    token.identifier,
    token.userId,
    hashSecret(key),
    token.intent,
    token.expiring,
    expires,
    token.description,
  ]);
  await recordModelEvent(em, actor, "model_created", { model: "token", pk: id, name: token.identifier }, {
    targetUserId: token.userId,
    fields: { identifier: token.identifier, user: token.username, intent: token.intent, expiring: token.expiring, expires: expires?.toISOString() ?? null, description: token.description },
  });
  return { id, key };
}

export function identifierTaken(field = "identifier"): AppError {
  return new AppError("CONFLICT", tokenMessages.identifierTaken, { fieldErrors: { [field]: [tokenMessages.identifierTaken] } });
}

/** The unique constraint still guards concurrent writes; its violation reads like the check. */
export function tokenUniqueViolation(error: unknown, field = "identifier"): unknown {
  return (error as { constraint?: string } | null)?.constraint === "api_tokens_identifier_key" ? identifierTaken(field) : error;
}
