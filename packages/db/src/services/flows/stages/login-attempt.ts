import type { LoginAttempt } from "../../auth/login-throttle.js";
import { verifiedDeviceNonce } from "../../auth/device-cookies.js";
import type { StageContext } from "../stage-handler.js";

/** The sign-in attempt a password or second-factor answer counts as, on the throttle's counters. */
export function loginAttemptOf({ subject, origin, deviceCookie, secretKey }: StageContext): LoginAttempt {
  const userId = subject.pendingUserId;
  return {
    userId,
    identifier: subject.typedName,
    clientIp: origin.clientIp,
    deviceNonce: userId ? verifiedDeviceNonce(secretKey, deviceCookie, userId) : null,
  };
}
