/** The Invitations list, newest first, keyset by (created_at to the millisecond, as the cursor carries it; id). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { type TInvitation, type TInvitationListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";
import { invitationColumns, invitationFrom, toInvitation, type InvitationRow } from "./invitation-row.js";

export async function listInvitations(
  em: EntityManager,
  input: TInvitationListFilter & PageRequest,
): Promise<Page<TInvitation>> {
  const window = pageWindow(input, 2, 20);
  const where = ["true"];
  const params: unknown[] = [];
  if (input.search) {
    where.push("i.name ILIKE '%' || ? || '%'");
    params.push(input.search.replace(/[\\%_]/g, (char) => `\\${char}`));
  }
  if (window.after) {
    const [createdAt, id] = window.after;
    where.push("(date_trunc('milliseconds', i.created_at), i.id) < (?::timestamptz, ?::uuid)");
    params.push(String(createdAt), String(id));
  }
  const rows = await sql<InvitationRow>(em, `SELECT ${invitationColumns} FROM ${invitationFrom} WHERE ${where.join(" AND ")} ORDER BY date_trunc('milliseconds', i.created_at) DESC, i.id DESC LIMIT ?`, [...params, window.take]);
  return pageOf(rows, window, (last) => [iso(last.createdAt), last.id], toInvitation);
}
