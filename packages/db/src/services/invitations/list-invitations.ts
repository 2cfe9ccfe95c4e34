/** The Invitations list, newest first, keyset by (created_at to the millisecond, as the cursor carries it; id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type TInvitation, type TInvitationListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { iso } from "../users/user-row.js";
import { invitationColumns, invitationFrom, toInvitation, type InvitationRow } from "./invitation-row.js";

export async function listInvitations(
  em: EntityManager,
  input: TInvitationListFilter & { cursor?: string | null | undefined; limit?: number | undefined },
): Promise<{ items: TInvitation[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const where = ["true"];
  const params: unknown[] = [];
  if (input.search) {
    where.push("i.name ILIKE '%' || ? || '%'");
    params.push(input.search.replace(/[\\%_]/g, (char) => `\\${char}`));
  }
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor, 2);
    where.push("(date_trunc('milliseconds', i.created_at), i.id) < (?::timestamptz, ?::uuid)");
    params.push(String(createdAt), String(id));
  }
  const rows = await sql<InvitationRow>(em, `SELECT ${invitationColumns} FROM ${invitationFrom} WHERE ${where.join(" AND ")} ORDER BY date_trunc('milliseconds', i.created_at) DESC, i.id DESC LIMIT ?`, [...params, limit + 1]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toInvitation), nextCursor: rows.length > limit && last ? encodeCursor([iso(last.createdAt), last.id]) : null };
}
