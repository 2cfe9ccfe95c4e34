/** The brand's title names the account in authenticator apps and passkey prompts. */
import { getActiveBrand } from "../../brands/active-brand.js";
import type { RelyingParty } from "../../authenticators/webauthn.js";
import type { StageContext } from "../stage-handler.js";

export async function relyingParty({ em, origin, publicUrl }: StageContext): Promise<RelyingParty> {
  const brand = await getActiveBrand(em, origin.brand);
  return { name: brand?.title ?? "Roster", publicUrl };
}
