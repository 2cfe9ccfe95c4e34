/**
 * `pnpm roster recovery-key <username>`: the operator's way back in when nobody can sign in (SPEC
 * §9.11, like authentik's `ak create_recovery_key`). A single-use key, valid for one hour, into
 * the default brand's authentication flow: the flow executor takes the key as proof of identity,
 * so the identification and password stages are skipped and the user is signed in. The key is
 * returned once and never written to an event.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, isServiceAccount } from "@roster/core";
import { Brand } from "../../entities/brand.js";
import { Flow } from "../../entities/flow.js";
import { User } from "../../entities/user.js";
import { recordEvent } from "../events/record-event.js";
import { createRecoveryToken, recoveryLink } from "./recovery-tokens.js";

const keyLifetimeMs = 60 * 60 * 1000;

export const operatorRecoveryMessages = {
  unknownUser: (username: string) => `There is no user named "${username}".`,
  inactiveUser: (username: string) => `The user "${username}" is inactive and could not sign in with the key. Choose an active user.`,
  serviceAccount: (username: string) => `"${username}" is a service account: it has no password and cannot sign in through a flow. Choose a person's account.`,
  noAuthenticationFlow: "The default brand has no authentication flow. Set one under System › Brands, or start Roster once to create the defaults.",
} as const;

export interface OperatorRecoveryKey {
  link: string;
  expiresAt: string;
}

export async function createOperatorRecoveryKey(em: EntityManager, username: string, options: { publicUrl: URL }): Promise<OperatorRecoveryKey> {
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { username });
    if (!user) throw new AppError("NOT_FOUND", operatorRecoveryMessages.unknownUser(username));
    if (isServiceAccount(user.type)) throw AppError.forbidden(operatorRecoveryMessages.serviceAccount(username));
    if (!user.isActive) throw new AppError("BAD_REQUEST", operatorRecoveryMessages.inactiveUser(username));
    const flow = await defaultAuthenticationFlow(tx);
    const expires = new Date(Date.now() + keyLifetimeMs);
    const key = await createRecoveryToken(tx, user.id, expires);
    await recordEvent(tx, { action: "recovery_link_created", actor: null, targetUserId: user.id, context: { flow: flow.slug, expires: expires.toISOString(), method: "operator" } });
    return { link: recoveryLink(options.publicUrl, flow.slug, key), expiresAt: expires.toISOString() };
  });
}

/** The default brand's rather than a host's: the operator at a shell has no request host. */
async function defaultAuthenticationFlow(em: EntityManager): Promise<Flow> {
  const brand = await em.findOne(Brand, { default: true });
  const flow = brand?.flowAuthenticationId ? await em.findOne(Flow, { id: brand.flowAuthenticationId }) : null;
  if (!flow) throw new AppError("BAD_REQUEST", operatorRecoveryMessages.noAuthenticationFlow);
  return flow;
}
