import type { LoginAttempt } from "../../auth/login-throttle.js";
import { verifiedDeviceNonce } from "../../auth/device-cookies.js";
import type { StageContext } from "../stage-handler.js";

/** The sign-in attempt a password or second-factor answer counts as, on the throttle's counters. */
export function loginAttemptOf({ state, origin, deviceCookie, secretKey }: StageContext): LoginAttempt {
  return {
    userId: state.userId,
    identifier: typeof state.data.uid === "string" ? state.data.uid : "",
    clientIp: origin.clientIp,
    deviceNonce: state.userId ? verifiedDeviceNonce(secretKey, deviceCookie, state.userId) : null,
  };
}

/** Records that the person proved one more factor (RFC 8176 method references, for the `login` event). */
export function addAuthenticationMethod(state: StageContext["state"], amr: string): void {
  const current = Array.isArray(state.data.amr) ? (state.data.amr as string[]) : [];
  state.data = { ...state.data, amr: current.includes(amr) ? current : [...current, amr] };
}
