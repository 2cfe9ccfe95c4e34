/**
 * Saves what the prompt stages collected onto the pending user — only a user proven in this
 * execution (SPEC §9 rule 4): one who came in through a recovery key or emailed link, passed a
 * password stage, or is signed in in this browser with their own (not an impersonation) session.
 * Identification alone never suffices: otherwise a flow editor could bind identification →
 * prompt → user_write and reset anyone's password. A new password goes through the one
 * password-change service: every other session is refused at once and deleted here, with the
 * user's refresh tokens (the login stage that follows creates the new session).
 * With `userCreationMode: always_create` (enrollment) it creates a new user instead.
 */
import { trustMessages, ZUserWriteSettings, type Actor } from "@roster/core";
import { User } from "../../../entities/user.js";
import { sql } from "../../../sql.js";
import { changePassword } from "../../auth/change-password.js";
import { recordEvent } from "../../events/record-event.js";
import { enrollUser } from "../../invitations/enroll-user.js";
import { next, type StageContext, type StageHandler, type StageOutcome } from "../stage-handler.js";
import { provenUserId } from "./proven-user.js";

const writableFields = ["name", "email"] as const;

export const userWriteStage: StageHandler = {
  async run(context) {
    const settings = ZUserWriteSettings.parse(context.stage.settings);
    return settings.userCreationMode === "always_create" ? enrollUser(context, settings) : writeProvenUser(context);
  },
};

async function writeProvenUser({ em, state, origin, flow, currentSessionId }: StageContext): Promise<StageOutcome> {
  const provenId = await provenUserId(em, state, currentSessionId);
  if (!provenId) return { kind: "finish", result: { type: "denied", message: state.userId ? trustMessages.unprovenUser : "There is no account to update in this flow." } };
  const user = await em.findOne(User, { id: provenId });
  if (!user) return { kind: "finish", result: { type: "denied", message: "There is no account to update in this flow." } };
  state.userId = user.id;
  const prompt = (state.data.prompt ?? {}) as Record<string, unknown>;
  const changed: string[] = [];
  for (const field of writableFields) {
    if (typeof prompt[field] === "string") {
      user[field] = prompt[field];
      changed.push(field);
    }
  }
  await em.flush();
  const actor: Pick<Actor, "userId" | "username" | "impersonator"> = { userId: user.id, username: user.username, impersonator: null };
  if (typeof prompt.passwordHash === "string") {
    await changePassword(em, user.id, prompt.passwordHash, currentSessionId);
    const sessions = await sql(em, "DELETE FROM sessions WHERE user_id = ? AND id IS DISTINCT FROM ?::uuid RETURNING id", [user.id, currentSessionId]);
    const refreshTokens = await sql(em, "DELETE FROM refresh_tokens WHERE user_id = ? RETURNING id", [user.id]);
    const method = state.data.viaToken === true ? "recovery" : "self";
    await recordEvent(em, { action: "password_set", actor, origin, targetUserId: user.id, context: { method, flow: flow.slug } });
    await recordEvent(em, { action: "sessions_revoked", actor: null, origin, targetUserId: user.id, context: { reason: method === "recovery" ? "recovery" : "password_set", sessions: sessions.length, refreshTokens: refreshTokens.length } });
  }
  if (changed.length > 0) await recordEvent(em, { action: "user_write", actor, origin, targetUserId: user.id, context: { fields: changed, flow: flow.slug } });
  state.data = { ...state.data, prompt: {} };
  return next;
}
