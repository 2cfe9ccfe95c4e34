/** How invitations are read: one statement, with the flow, the creator and the user who used it. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationStatus, type TInvitation, type TInvitationFixedData } from "@roster/core";
import { sql } from "../../sql.js";
import { groupNamesIn } from "../groups/group-references.js";
import { iso } from "../../sql-values.js";

export const invitationColumns = `i.id, i.name, i.expires, i.single_use AS "singleUse", ${groupNamesIn("i.fixed_data", "groups")} AS "fixedData", i.notify_creator AS "notifyCreator",
  i.created_at AS "createdAt", i.used_at AS "usedAt",
  json_build_object('id', f.id, 'slug', f.slug, 'name', f.name) AS flow,
  (SELECT json_build_object('id', c.id, 'username', c.username) FROM users c WHERE c.id = i.created_by_id) AS "createdBy",
  (SELECT json_build_object('id', u.id, 'username', u.username) FROM users u WHERE u.id = i.used_by_id) AS "usedBy"`;

export const invitationFrom = "invitations i JOIN flows f ON f.id = i.flow_id";

export interface InvitationRow extends Omit<TInvitation, "status" | "expires" | "createdAt" | "usedAt" | "fixedData"> {
  expires: Date | string | null;
  createdAt: Date | string;
  usedAt: Date | string | null;
  fixedData: TInvitationFixedData;
}

export function toInvitation(row: InvitationRow): TInvitation {
  const dates = { expires: iso(row.expires), createdAt: iso(row.createdAt) ?? "", usedAt: iso(row.usedAt) };
  return { ...row, ...dates, status: invitationStatus({ ...dates, singleUse: row.singleUse }) };
}

export async function getInvitation(em: EntityManager, id: string): Promise<TInvitation> {
  const rows = await sql<InvitationRow>(em, `SELECT ${invitationColumns} FROM ${invitationFrom} WHERE i.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Invitation");
  return toInvitation(rows[0]);
}
