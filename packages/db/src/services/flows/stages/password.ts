/** Checks the pending user's password, behind the login throttle. */
import { User } from "../../../entities/user.js";
import { verifyPassword } from "../../auth/passwords.js";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure, tooManyAttemptsMessage } from "../../auth/login-throttle.js";
import { recordEvent } from "../../events/record-event.js";
import { AppError } from "@roster/core";
import { next, type StageHandler } from "../stage-handler.js";

export const invalidCredentialsMessage = "Invalid username or password.";
export const inactiveAccountMessage = "This account is disabled. Contact your administrator.";

export const passwordStage: StageHandler = {
  challenge: () => ({}),

  async respond({ em, state, origin }, response) {
    const password = typeof response.password === "string" ? response.password : "";
    const uid = typeof state.data.uid === "string" ? state.data.uid : "";
    if (!password) return { kind: "retry", fieldErrors: { password: ["This field may not be blank."] } };
    await assertLoginAllowed(em, uid, origin.clientIp);
    const user = state.userId ? await em.findOne(User, { id: state.userId }, { populate: ["passwordHash"] }) : null;
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      const locked = await recordLoginFailure(em, uid, origin.clientIp);
      await recordEvent(em, { action: "login_failed", actor: null, origin, targetUserId: user?.id ?? null, context: { username: uid } });
      if (locked) {
        await em.flush();
        throw new AppError("TOO_MANY_REQUESTS", tooManyAttemptsMessage);
      }
      return { kind: "retry", error: invalidCredentialsMessage };
    }
    if (!user.isActive) return { kind: "retry", error: inactiveAccountMessage };
    await clearLoginFailures(em, uid, origin.clientIp);
    state.data = { ...state.data, authenticated: true, method: "password" };
    return next;
  },
};
