/**
 * users.createRecoveryLink: a single-use, expiring link into the active brand's recovery flow.
 * The link is returned to the admin once and never written to an event or a log.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor } from "@roster/core";
import { Settings } from "../../entities/settings.js";
import { User } from "../../entities/user.js";
import { assertMayTakeOver } from "../authorization/index.js";
import { recordEvent } from "../events/record-event.js";
import { activeRecoveryFlow } from "./recovery-flow.js";
import { createRecoveryToken, recoveryLink } from "./recovery-tokens.js";

export interface RecoveryLinkOptions {
  host: string;
  publicUrl: URL;
  /** Seconds; the default-token-duration setting when omitted. */
  tokenDuration?: number | undefined;
}

export async function createRecoveryLink(em: EntityManager, actor: Actor, userId: string, options: RecoveryLinkOptions): Promise<{ link: string; expiresAt: string }> {
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw AppError.notFound("User");
    await assertMayTakeOver(tx, actor, user.id, "password");
    const flow = await activeRecoveryFlow(tx, options.host);
    const settings = await tx.findOneOrFail(Settings, { id: 1 });
    const expires = new Date(Date.now() + (options.tokenDuration ?? settings.defaultTokenDurationSeconds) * 1000);
    const key = await createRecoveryToken(tx, user.id, expires);
    await recordEvent(tx, { action: "recovery_link_created", actor, origin: actor, targetUserId: user.id, context: { flow: flow.slug, expires: expires.toISOString(), method: "link" } });
    return { link: recoveryLink(options.publicUrl, flow.slug, key), expiresAt: expires.toISOString() };
  });
}
