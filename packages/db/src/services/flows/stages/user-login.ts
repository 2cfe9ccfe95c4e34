/**
 * Signs the pending, authenticated user in: a new session (replacing the one this browser held
 * before), last login, a `login` event (with the methods proven, `amr`, when a password or second
 * factor was checked here). Service accounts never sign in through a flow.
 */
import { isServiceAccount } from "@roster/core";
import { User } from "../../../entities/user.js";
import { createSession } from "../../auth/sessions.js";
import { recordEvent } from "../../events/record-event.js";
import { next, type StageHandler } from "../stage-handler.js";
import { inactiveAccountMessage } from "./password.js";

export const cannotSignInMessage = "This flow cannot sign anyone in at this point.";

export const userLoginStage: StageHandler = {
  async run(context) {
    const { em, state, origin, flow } = context;
    const user = state.userId ? await em.findOne(User, { id: state.userId }) : null;
    if (!user || state.data.authenticated !== true || isServiceAccount(user.type)) return { kind: "finish", result: { type: "denied", message: cannotSignInMessage } };
    if (!user.isActive) return { kind: "finish", result: { type: "denied", message: inactiveAccountMessage } };
    const { cookieValue } = await createSession(em, user.id, origin, context.currentSessionId);
    user.lastLogin = new Date();
    context.effects.sessionCookie = cookieValue;
    await recordEvent(em, {
      action: "login",
      actor: { userId: user.id, username: user.username, impersonator: null },
      origin,
      targetUserId: user.id,
      // The device, for the user page's last sign-ins (the address is the event's own client_ip).
      context: { flow: flow.slug, method: typeof state.data.method === "string" ? state.data.method : "password", userAgent: origin.userAgent, ...(Array.isArray(state.data.amr) ? { amr: state.data.amr } : {}) },
    });
    return next;
  },
};
