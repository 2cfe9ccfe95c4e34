/** An invitation locked for the rest of the transaction, with whether it can still be used. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TInvitationFixedData } from "@roster/core";
import { sql } from "../../sql.js";

export interface LockedInvitation {
  id: string;
  name: string;
  flowSlug: string;
  usable: boolean;
  singleUse: boolean;
  expires: Date | string | null;
  fixedData: TInvitationFixedData;
  fixedDataById: string | null;
  createdById: string | null;
  notifyCreator: boolean;
}

/** Null when it does not exist (or no longer does). */
export async function lockInvitation(em: EntityManager, id: string): Promise<LockedInvitation | null> {
  const rows = await sql<LockedInvitation>(
    em,
    `SELECT i.id, i.name, f.slug AS "flowSlug", i.single_use AS "singleUse", i.expires, i.fixed_data AS "fixedData",
            i.fixed_data_by_id AS "fixedDataById", i.created_by_id AS "createdById", i.notify_creator AS "notifyCreator",
            NOT (i.single_use AND i.used_at IS NOT NULL) AND (i.expires IS NULL OR i.expires > now()) AS usable
       FROM invitations i JOIN flows f ON f.id = i.flow_id WHERE i.id = ? FOR UPDATE OF i`,
    [id],
  );
  return rows[0] ?? null;
}

export async function lockUsableInvitation(em: EntityManager, id: string): Promise<LockedInvitation> {
  const invitation = await lockInvitation(em, id);
  if (!invitation) throw AppError.notFound("Invitation");
  return invitation;
}
