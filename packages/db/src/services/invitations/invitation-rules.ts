/** Checks shared by creating and changing an invitation: its flow, expiry, fixed data and name. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, defaultEnrollmentFlow, flowDesignationMessage, invitationMessages, type Actor, type TInvitationFixedData } from "@roster/core";
import { sql } from "../../sql.js";
import { assertMayPlaceInGroups } from "../authorization/index.js";
import { resolveGroupReferences } from "../groups/group-references.js";

/** The enrollment flow's id: the one named, or `default-enrollment-flow`. */
export async function enrollmentFlowId(em: EntityManager, flowId: string | undefined): Promise<string> {
  const rows = await sql<{ id: string; designation: string }>(
    em,
    flowId ? "SELECT id, designation FROM flows WHERE id = ?" : "SELECT id, designation FROM flows WHERE slug = ?",
    [flowId ?? defaultEnrollmentFlow],
  );
  const flow = rows[0];
  if (!flow) throw AppError.field("flowId", flowId ? "This flow does not exist." : `There is no flow "${defaultEnrollmentFlow}": choose an enrollment flow.`);
  if (flow.designation !== "enrollment") throw AppError.field("flowId", flowDesignationMessage("enrollment"));
  return flow.id;
}

export function assertFutureExpiry(expires: string | null | undefined): void {
  if (expires && new Date(expires).getTime() <= Date.now()) throw AppError.field("expires", invitationMessages.expiresPast);
}

/**
 * An invitation creates a user, in the groups of its fixed data: the caller must be allowed both.
 * The fixed data as stored: its groups as ids (the caller typed names or ids).
 */
export async function vouchedFixedData(em: EntityManager, actor: Actor, fixedData: TInvitationFixedData): Promise<TInvitationFixedData> {
  if (!actor.permissions.has("add_user")) throw AppError.forbidden('An invitation creates a user: you need the permission "add_user" as well.');
  if (!fixedData.groups) return fixedData;
  const groups = await resolveGroupReferences(em, fixedData.groups, "fixedData.groups");
  await assertMayPlaceInGroups(em, actor, groups);
  return { ...fixedData, groups };
}

export function invitationUniqueViolation(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint === "invitations_name_key") return new AppError("CONFLICT", invitationMessages.nameTaken, { fieldErrors: { name: [invitationMessages.nameTaken] } });
  return error;
}
