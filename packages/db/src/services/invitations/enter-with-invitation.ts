/**
 * An enrollment flow opened with an invitation link (`flows.execute {slug, token}`): the key must
 * open a usable invitation of this flow. It is not consumed here — only the user's creation
 * consumes a single-use invitation — and the state remembers the key's hash, so that a reload of
 * the page resumes the flow.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { invitationMessages, type TFlowResult } from "@roster/core";
import type { FlowState } from "../../entities/flow.js";
import { hashSecret } from "../auth/secrets.js";
import { usableInvitationId } from "./invitation-keys.js";

export async function enterWithInvitation(em: EntityManager, state: FlowState, token: string): Promise<TFlowResult | null> {
  const tokenHash = hashSecret(token);
  if (state.data.tokenHash === tokenHash) return null;
  const invitationId = await usableInvitationId(em, tokenHash, state.flowId);
  if (!invitationId) return { type: "denied", message: invitationMessages.expiredOrUsed };
  state.step = 0;
  state.userId = null;
  state.data = { tokenHash, invitationId };
  await em.flush();
  return null;
}
