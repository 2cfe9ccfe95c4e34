/**
 * Saves what the prompt stages collected onto the user proven in this execution (SPEC §9 rule 4):
 * one who came in through a recovery key or emailed link, passed a password stage, or is signed in
 * in this browser with their own (not an impersonation) session. The executor enforces it
 * (flow-subject.ts): identification alone never suffices, otherwise a flow editor could bind
 * identification → prompt → user_write and reset anyone's password. A new password goes through
 * the one password-change service: every other session is refused at once and deleted here, with
 * the user's refresh tokens (the login stage that follows creates the new session).
 * With `userCreationMode: always_create` (enrollment) it creates a new user instead.
 */
import { trustMessages, ZUserWriteSettings, type Actor } from "@roster/core";
import { sql } from "../../../sql.js";
import { changePassword } from "../../auth/change-password.js";
import { recordEvent } from "../../events/record-event.js";
import { enrollUser } from "../../invitations/enroll-user.js";
import { next, noRequirement, provenUser, requiresProof, type ProvenUser, type StageContext, type StageHandler, type StageOutcome } from "../stage-handler.js";

const writableFields = ["name", "email"] as const;

const creates = (settings: Record<string, unknown>) => ZUserWriteSettings.parse(settings).userCreationMode === "always_create";

export const userWriteStage: StageHandler = {
  requirement: (stage) => (creates(stage.settings) ? noRequirement : requiresProof(trustMessages.unprovenUser)),

  async run(context) {
    const settings = ZUserWriteSettings.parse(context.stage.settings);
    return settings.userCreationMode === "always_create" ? enrollUser(context, settings) : writeProvenUser(context);
  },
};

async function writeProvenUser(context: StageContext): Promise<StageOutcome> {
  const user = provenUser(context);
  await context.em.transactional((em) => writeUser({ ...context, em }, user));
  context.scratch.prompt = {};
  return next;
}

async function writeUser({ em, scratch, origin, flow, currentSessionId, subject }: StageContext, user: ProvenUser): Promise<void> {
  const prompt = scratch.prompt ?? {};
  const changed = writableFields.filter((field) => typeof prompt[field] === "string");
  if (changed.length > 0) {
    await sql(em, `UPDATE users SET ${changed.map((field) => `${field} = ?`).join(", ")}, last_updated = now() WHERE id = ?`, [...changed.map((field) => prompt[field]), user.id]);
  }
  const actor: Pick<Actor, "userId" | "username" | "impersonator"> = { userId: user.id, username: user.username, impersonator: null };
  if (typeof prompt.passwordHash === "string") {
    await changePassword(em, user.id, prompt.passwordHash, currentSessionId);
    const sessions = await sql(em, "DELETE FROM sessions WHERE user_id = ? AND id IS DISTINCT FROM ?::uuid RETURNING id", [user.id, currentSessionId]);
    const refreshTokens = await sql(em, "DELETE FROM refresh_tokens WHERE user_id = ? RETURNING id", [user.id]);
    const method = subject.enteredWithRecoveryKey ? "recovery" : "self";
    await recordEvent(em, { action: "password_set", actor, origin, targetUserId: user.id, context: { method, flow: flow.slug } });
    await recordEvent(em, { action: "sessions_revoked", actor: null, origin, targetUserId: user.id, context: { reason: method === "recovery" ? "recovery" : "password_set", sessions: sessions.length, refreshTokens: refreshTokens.length } });
  }
  if (changed.length > 0) await recordEvent(em, { action: "user_write", actor, origin, targetUserId: user.id, context: { fields: changed, flow: flow.slug } });
}
