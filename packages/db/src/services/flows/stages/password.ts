/**
 * Checks the pending user's password, behind the login throttle, and proves that user; a success
 * gives the browser a device cookie for them, so that failures elsewhere never lock it out.
 */
import { User } from "../../../entities/user.js";
import { signDeviceCookie } from "../../auth/device-cookies.js";
import { giveBackLoginAttempt, reserveLoginAttempt } from "../../auth/login-throttle.js";
import { verifyPassword } from "../../auth/passwords.js";
import { recordEvent } from "../../events/record-event.js";
import { flowMessages } from "../flow-messages.js";
import { next, type StageHandler } from "../stage-handler.js";
import { loginAttemptOf } from "./login-attempt.js";

export const passwordStage: StageHandler = {
  skip: ({ subject }) => subject.enteredWithRecoveryKey,

  challenge: () => ({}),

  async respond(context, response) {
    const { em, subject, origin, secretKey, effects } = context;
    const password = typeof response.password === "string" ? response.password : "";
    if (!password) return { kind: "retry", fieldErrors: { password: ["This field may not be blank."] } };
    const attempt = loginAttemptOf(context);
    await reserveLoginAttempt(em, attempt);
    const pendingUserId = subject.pendingUserId;
    const user = pendingUserId ? await em.findOne(User, { id: pendingUserId }, { populate: ["passwordHash"] }) : null;
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      // The typed name is kept only when it names an account: a mistyped password in the username field must not land in the log.
      await recordEvent(em, { action: "login_failed", actor: null, origin, targetUserId: user?.id ?? null, context: user ? { username: subject.typedName } : {} });
      return { kind: "retry", error: flowMessages.invalidCredentials };
    }
    await giveBackLoginAttempt(em, attempt);
    if (!user.isActive) return { kind: "retry", error: flowMessages.inactiveAccount };
    effects.deviceCookie = signDeviceCookie(secretKey, user.id);
    subject.prove(user.id, "password");
    return next;
  },
};
