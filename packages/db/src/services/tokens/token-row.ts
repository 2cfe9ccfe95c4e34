/** How tokens are read: never with their key hash. Recovery tokens are not managed here. */
import type { TToken, TTokenIntentName } from "@roster/core";
import { iso } from "../../sql-values.js";

export const tokenColumns = `t.id, t.identifier, t.user_id, u.username, t.intent, t.expiring, t.expires, t.description, t.last_used, t.created_at`;
export const tokenFrom = "api_tokens t JOIN users u ON u.id = t.user_id";
export const managedIntents = "t.intent IN ('api', 'app_password')";

export interface TokenRow {
  id: string;
  identifier: string;
  user_id: string;
  username: string;
  intent: TTokenIntentName;
  expiring: boolean;
  expires: Date | string | null;
  description: string;
  last_used: Date | string | null;
  created_at: Date | string;
}

export function toToken(row: TokenRow): TToken {
  return {
    id: row.id,
    identifier: row.identifier,
    user: { id: row.user_id, username: row.username },
    intent: row.intent,
    expiring: row.expiring,
    expires: iso(row.expires),
    description: row.description,
    lastUsed: iso(row.last_used),
    createdAt: iso(row.created_at) ?? "",
  };
}
