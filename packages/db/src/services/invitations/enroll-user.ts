/**
 * `user_write` in `always_create` mode (enrollment): creates the user from the prompt and the
 * invitation's fixed data, in one transaction that also consumes a single-use invitation — the
 * invitation row is locked first, so two browsers racing on one link create one user. Each source
 * of groups passes the trust rules (SPEC §9) for whoever set it, with the rights they hold now:
 * the stage's groups for whoever last set the stage's settings, the invitation's for whoever set
 * its fixed data. Nobody vouches for a stage the system made, so its groups may confer neither
 * super-user nor roles. Groups are kept by id; one deleted since grants nothing.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationMessages, PermissionSet, textArrayLiteral, type Actor, type RequestOrigin, type TUserWriteSettings } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { getActiveBrand } from "../brands/active-brand.js";
import { recordEvent } from "../events/record-event.js";
import type { StageContext, StageOutcome } from "../flows/stage-handler.js";
import { createNotification } from "../notifications/create-notification.js";
import { loadPermissions } from "../permissions/load-permissions.js";
import { assertUniqueUser, uniqueViolation } from "../users/uniqueness.js";
import { assertMayPlaceInGroups } from "../authorization/index.js";
import { existingGroupIds } from "../groups/group-references.js";
import { lockInvitation, type LockedInvitation } from "./lock-invitation.js";

/** Prompt fields that are the user's own columns; any other (non-secret) field becomes an attribute. */
const accountFields = new Set(["username", "name", "email", "passwordHash"]);

function denied(message: string): StageOutcome {
  return { kind: "finish", result: { type: "denied", message } };
}

export async function enrollUser(context: StageContext, settings: TUserWriteSettings): Promise<StageOutcome> {
  const { em, subject, scratch } = context;
  const prompt = scratch.prompt ?? {};
  const username = prompt.username ?? "";
  if (!username) return denied(invitationMessages.noUsername);
  const invitationId = subject.entry?.kind === "invitation" ? subject.entry.invitationId : null;
  let created: { id: string } | { denied: string };
  try {
    created = await em.transactional((tx) => createInTransaction(tx, context, settings, prompt, username, invitationId));
  } catch (error) {
    const known = uniqueViolation(error) ?? (error instanceof AppError ? error : null);
    if (!known) throw error;
    created = { denied: known.message };
  }
  if ("denied" in created) return denied(created.denied);
  // The new account is the one this execution proved: whoever typed its password is its owner.
  subject.identify(created.id);
  subject.prove(created.id, "enrollment");
  scratch.prompt = {};
  return { kind: "next" };
}

async function createInTransaction(
  tx: EntityManager,
  { origin, flow, stage }: StageContext,
  settings: TUserWriteSettings,
  prompt: Record<string, string>,
  username: string,
  invitationId: string | null,
): Promise<{ id: string } | { denied: string }> {
  const invitation = invitationId ? await lockInvitation(tx, invitationId) : null;
  if (invitationId && !invitation?.usable) return { denied: invitationMessages.expiredOrUsed };
  const fixed = invitation?.fixedData ?? {};
  const stageGroups = await existingGroupIds(tx, settings.createUsersGroups);
  const invitationGroups = await existingGroupIds(tx, fixed.groups ?? []);
  await assertMayPlaceInGroups(tx, await vouchingActor(tx, stage.configuredById, origin), stageGroups);
  await assertMayPlaceInGroups(tx, await vouchingActor(tx, invitation?.fixedDataById ?? null, origin), invitationGroups);
  const groupIds = [...new Set([...stageGroups, ...invitationGroups])];
  const email = typeof prompt.email === "string" ? prompt.email : "";
  await assertUniqueUser(tx, { username, email }, null);

  const brand = await getActiveBrand(tx, origin.brand);
  const path = fixed.path ?? (settings.userPathTemplate || brand?.defaultUserPath || "users");
  const promptAttributes = Object.fromEntries(Object.entries(prompt).filter(([key, value]) => !accountFields.has(key) && typeof value === "string"));
  const attributes = { ...promptAttributes, ...fixed.attributes };
  const user = { username, name: typeof prompt.name === "string" ? prompt.name : "", email, path, type: settings.userType, isActive: !settings.createUsersAsInactive, attributes };
  const id = newId();
  const passwordHash = typeof prompt.passwordHash === "string" ? prompt.passwordHash : null;
  await sql(
    tx,
    `INSERT INTO users (id, username, name, email, path, type, is_active, attributes, password_hash, password_change_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, CASE WHEN ?::text IS NULL THEN NULL ELSE now() END)`,
    [id, user.username, user.name, user.email, user.path, user.type, user.isActive, JSON.stringify(attributes), passwordHash, passwordHash],
  );
  if (groupIds.length > 0) await sql(tx, "INSERT INTO group_users (group_id, user_id) SELECT unnest(?::uuid[]), ?", [textArrayLiteral(groupIds), id]);

  const self = { userId: id, username, impersonator: null };
  const groups = await groupNames(tx, groupIds);
  const invitationRef = invitation ? { id: invitation.id, name: invitation.name } : null;
  await recordEvent(tx, { action: "model_created", actor: self, origin, targetUserId: id, context: { model: "user", pk: id, name: username, fields: { ...user, groups }, flow: flow.slug, invitation: invitationRef } });
  if (invitation) await consumeInvitation(tx, invitation, { id, username }, origin);
  return { id };
}

/** Marks a single-use invitation used (its keys go), records the use and tells the creator. */
async function consumeInvitation(tx: EntityManager, invitation: LockedInvitation, user: { id: string; username: string }, origin: RequestOrigin): Promise<void> {
  if (invitation.singleUse) {
    await sql(tx, "UPDATE invitations SET used_at = now(), used_by_id = ? WHERE id = ?", [user.id, invitation.id]);
    await sql(tx, "DELETE FROM invitation_keys WHERE invitation_id = ?", [invitation.id]);
  }
  const eventId = await recordEvent(tx, {
    action: "invitation_used",
    actor: { userId: user.id, username: user.username, impersonator: null },
    origin,
    targetUserId: user.id,
    context: { invitation: { id: invitation.id, name: invitation.name }, user },
  });
  if (invitation.notifyCreator && invitation.createdById) {
    await createNotification(tx, { userId: invitation.createdById, body: `Invitation "${invitation.name}" was used: ${user.username} enrolled.`, eventId, link: { href: `/directory/users/${user.id}`, label: "Open user" } });
  }
}

/** Who vouches for a set of groups: whoever set them, with the rights they hold now (nobody: no rights). */
async function vouchingActor(tx: EntityManager, userId: string | null, origin: RequestOrigin): Promise<Actor> {
  const rows = userId ? await sql<{ username: string }>(tx, "SELECT username FROM users WHERE id = ? AND is_active", [userId]) : [];
  const permissions = userId && rows[0] ? await loadPermissions(tx, userId) : PermissionSet.none();
  return { userId: userId ?? "", username: rows[0]?.username ?? "", permissions, sessionId: null, tokenId: null, impersonator: null, ...origin };
}

async function groupNames(tx: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ name: string }>(tx, "SELECT name FROM groups WHERE id = ANY(?::uuid[]) ORDER BY name", [textArrayLiteral(ids)]);
  return rows.map((row) => row.name);
}
