/**
 * An enrollment flow opened with an invitation link (`flows.execute {slug, token}`): the key must
 * open a usable invitation of this flow. It is not consumed here — only the user's creation
 * consumes a single-use invitation — and the state remembers the key's hash, so that a reload of
 * the page resumes the flow.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { invitationMessages, type TFlowResult } from "@roster/core";
import { hashSecret } from "../auth/secrets.js";
import type { FlowRun } from "../flows/flow-run.js";
import { usableInvitationId } from "./invitation-keys.js";

export async function enterWithInvitation(em: EntityManager, run: FlowRun, token: string): Promise<TFlowResult | null> {
  const tokenHash = hashSecret(token);
  if (run.subject.entry?.tokenHash === tokenHash) return null;
  const invitationId = await usableInvitationId(em, tokenHash, run.state.flowId);
  if (!invitationId) return { type: "denied", message: invitationMessages.expiredOrUsed };
  run.restart();
  run.subject.enterWithInvitation(invitationId, tokenHash);
  return null;
}
