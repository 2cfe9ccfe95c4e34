/**
 * Checks the pending user's password, behind the login throttle; a success gives the browser a
 * device cookie for that user, so that failures elsewhere never lock it out.
 */
import { User } from "../../../entities/user.js";
import { signDeviceCookie } from "../../auth/device-cookies.js";
import { giveBackLoginAttempt, reserveLoginAttempt } from "../../auth/login-throttle.js";
import { verifyPassword } from "../../auth/passwords.js";
import { recordEvent } from "../../events/record-event.js";
import { next, type StageHandler } from "../stage-handler.js";
import { loginAttemptOf } from "./login-attempt.js";
import { enteredViaToken } from "./via-token.js";

export const invalidCredentialsMessage = "Invalid username or password.";
export const inactiveAccountMessage = "This account is disabled. Contact your administrator.";

export const passwordStage: StageHandler = {
  skip: enteredViaToken,

  challenge: () => ({}),

  async respond(context, response) {
    const { em, state, origin, secretKey, effects } = context;
    const password = typeof response.password === "string" ? response.password : "";
    const uid = typeof state.data.uid === "string" ? state.data.uid : "";
    if (!password) return { kind: "retry", fieldErrors: { password: ["This field may not be blank."] } };
    const attempt = loginAttemptOf(context);
    await reserveLoginAttempt(em, attempt);
    const user = state.userId ? await em.findOne(User, { id: state.userId }, { populate: ["passwordHash"] }) : null;
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      // The typed name is kept only when it names an account: a mistyped password in the username field must not land in the log.
      await recordEvent(em, { action: "login_failed", actor: null, origin, targetUserId: user?.id ?? null, context: user ? { username: uid } : {} });
      return { kind: "retry", error: invalidCredentialsMessage };
    }
    await giveBackLoginAttempt(em, attempt);
    if (!user.isActive) return { kind: "retry", error: inactiveAccountMessage };
    effects.deviceCookie = signDeviceCookie(secretKey, user.id);
    state.data = { ...state.data, authenticated: true, method: "password", amr: ["pwd"] };
    return next;
  },
};
