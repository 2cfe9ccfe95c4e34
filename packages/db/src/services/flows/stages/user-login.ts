/**
 * Signs the proven user in: a new session (replacing the one this browser held before), last
 * login, a `login` event naming how they proved themselves (`method`, and `amr` for passwords and
 * second factors). The executor lets this stage run only for a user proven in this execution.
 */
import { sql } from "../../../sql.js";
import { createSession } from "../../auth/sessions.js";
import { recordEvent } from "../../events/record-event.js";
import { amrOfProofMethod, type TProofMethod } from "../flow-context.js";
import { flowMessages } from "../flow-messages.js";
import { next, provenUser, requiresProof, type StageHandler } from "../stage-handler.js";

/** The `login` event's method: how the person first proved to be the user. */
const loginMethod: Record<TProofMethod, string> = {
  password: "password",
  totp: "totp",
  webauthn: "webauthn",
  recovery_code: "recovery_code",
  recovery_link: "recovery",
  enrollment: "enrollment",
  session: "session",
};

export const userLoginStage: StageHandler = {
  requirement: requiresProof(flowMessages.cannotSignIn),

  async run(context) {
    const { subject, origin, flow } = context;
    const user = provenUser(context);
    const methods = subject.proof?.methods ?? [];
    const amr = [...new Set(methods.flatMap((method) => amrOfProofMethod[method] ?? []))];
    context.effects.sessionCookie = await context.em.transactional(async (tx) => {
      const { cookieValue } = await createSession(tx, user.id, origin, context.currentSessionId);
      await sql(tx, "UPDATE users SET last_login = now() WHERE id = ?", [user.id]);
      await recordEvent(tx, {
        action: "login",
        actor: { userId: user.id, username: user.username, impersonator: null },
        origin,
        targetUserId: user.id,
        // The device, for the user page's last sign-ins (the address is the event's own client_ip).
        context: { flow: flow.slug, method: loginMethod[methods[0] ?? "session"], userAgent: origin.userAgent, ...(amr.length > 0 ? { amr } : {}) },
      });
      return cookieValue;
    });
    return next;
  },
};
