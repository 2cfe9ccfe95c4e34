import type { TStageType } from "@roster/core";
import type { StageHandler } from "../stage-handler.js";
import { authenticatorStaticStage } from "./authenticator-static.js";
import { authenticatorTotpStage } from "./authenticator-totp.js";
import { authenticatorValidateStage } from "./authenticator-validate.js";
import { authenticatorWebauthnStage } from "./authenticator-webauthn.js";
import { emailStage } from "./email.js";
import { identificationStage } from "./identification.js";
import { invitationStage } from "./invitation.js";
import { passwordStage } from "./password.js";
import { promptStage } from "./prompt.js";
import { userLoginStage } from "./user-login.js";
import { userLogoutStage } from "./user-logout.js";
import { userWriteStage } from "./user-write.js";

/** Stage types the executor can run; a flow bound to another type is denied with a clear message. */
export const stageHandlers: Partial<Record<TStageType, StageHandler>> = {
  identification: identificationStage,
  password: passwordStage,
  authenticator_validate: authenticatorValidateStage,
  authenticator_totp: authenticatorTotpStage,
  authenticator_static: authenticatorStaticStage,
  authenticator_webauthn: authenticatorWebauthnStage,
  email: emailStage,
  prompt: promptStage,
  user_write: userWriteStage,
  user_login: userLoginStage,
  user_logout: userLogoutStage,
  invitation: invitationStage,
};
