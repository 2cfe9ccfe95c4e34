/**
 * Whose device an authenticator setup stage enrols: the user proven in this execution (a signed-in
 * user running a setup flow from Settings, or one who just passed the password stage of a sign-in
 * that requires MFA). Nobody else: a setup never adds a device to an account it has not verified.
 */
import { AppError, mfaMessages } from "@roster/core";
import { getActiveBrand } from "../../brands/active-brand.js";
import { sql } from "../../../sql.js";
import type { RelyingParty } from "../../authenticators/webauthn.js";
import type { StageContext, StageHandler } from "../stage-handler.js";
import { provenUserId } from "./proven-user.js";

export interface EnrollingUser {
  id: string;
  username: string;
  name: string;
}

export async function enrollingUser({ em, state, currentSessionId }: StageContext): Promise<EnrollingUser | null> {
  const id = await provenUserId(em, state, currentSessionId);
  if (!id) return null;
  const rows = await sql<EnrollingUser>(em, "SELECT id, username, name FROM users WHERE id = ? AND is_active AND type NOT IN ('service_account', 'internal_service_account')", [id]);
  return rows[0] ?? null;
}

/** For challenge and respond, which run only after `enterAsEnrollingUser` let the stage in. */
export async function requireEnrollingUser(context: StageContext): Promise<EnrollingUser> {
  const user = await enrollingUser(context);
  if (!user) throw new AppError("FORBIDDEN", mfaMessages.signInFirst);
  return user;
}

export const enterAsEnrollingUser: NonNullable<StageHandler["enter"]> = async (context) =>
  (await enrollingUser(context)) ? null : { kind: "finish", result: { type: "denied", message: mfaMessages.signInFirst } };

/** The brand's title names the account in authenticator apps and passkey prompts. */
export async function relyingParty({ em, origin, publicUrl }: StageContext): Promise<RelyingParty> {
  const brand = await getActiveBrand(em, origin.brand);
  return { name: brand?.title ?? "Roster", publicUrl };
}
