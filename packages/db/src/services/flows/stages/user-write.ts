/**
 * Saves what the prompt stages collected onto the pending user. A new password also sets the
 * password change date, ends every other session and refresh token of the user at once (the
 * login stage that follows creates the new one), and writes `password_set`.
 */
import type { Actor } from "@roster/core";
import { User } from "../../../entities/user.js";
import { sql } from "../../../sql.js";
import { recordEvent } from "../../events/record-event.js";
import { next, type StageHandler } from "../stage-handler.js";

const writableFields = ["name", "email"] as const;

export const userWriteStage: StageHandler = {
  async run({ em, state, origin, flow }) {
    const user = state.userId ? await em.findOne(User, { id: state.userId }) : null;
    if (!user) return { kind: "finish", result: { type: "denied", message: "There is no account to update in this flow." } };
    const prompt = (state.data.prompt ?? {}) as Record<string, unknown>;
    const changed: string[] = [];
    for (const field of writableFields) {
      if (typeof prompt[field] === "string") {
        user[field] = prompt[field];
        changed.push(field);
      }
    }
    const actor: Pick<Actor, "userId" | "username" | "impersonator"> = { userId: user.id, username: user.username, impersonator: null };
    if (typeof prompt.passwordHash === "string") {
      user.passwordHash = prompt.passwordHash;
      user.passwordChangeDate = new Date();
      await em.flush();
      const sessions = await sql(em, "DELETE FROM sessions WHERE user_id = ? RETURNING id", [user.id]);
      const refreshTokens = await sql(em, "DELETE FROM refresh_tokens WHERE user_id = ? RETURNING id", [user.id]);
      await recordEvent(em, { action: "password_set", actor, origin, targetUserId: user.id, context: { method: "recovery", flow: flow.slug } });
      await recordEvent(em, { action: "sessions_revoked", actor: null, origin, targetUserId: user.id, context: { reason: "recovery", sessions: sessions.length, refreshTokens: refreshTokens.length } });
    }
    await em.flush();
    if (changed.length > 0) await recordEvent(em, { action: "user_write", actor, origin, targetUserId: user.id, context: { fields: changed, flow: flow.slug } });
    state.data = { ...state.data, prompt: {} };
    return next;
  },
};
