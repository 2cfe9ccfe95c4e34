/**
 * The provider's prompts, with one check added to `login`: the provider's own session counts only
 * while the browser's Roster session is signed in as the same user. Signing out of Roster (or in
 * as someone else) therefore ends the provider's session for the next authorization.
 */
import { interactionPolicy, type KoaContextWithOIDC } from "oidc-provider";
import type { RosterSessionReader } from "./roster-session.js";

export function rosterInteractionPolicy(readSession: RosterSessionReader): interactionPolicy.Prompt[] {
  const policy = interactionPolicy.base();
  const login = policy.get("login");
  if (!login) throw new Error("oidc-provider has no login prompt");
  login.checks.add(
    new interactionPolicy.Check("roster_session", "Sign in to Roster", async (ctx: KoaContextWithOIDC) => {
      const { session } = ctx.oidc;
      if (!session?.accountId) return interactionPolicy.Check.REQUEST_PROMPT;
      const caller = await readSession(ctx.req);
      if (caller?.user.id === session.accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      // Forget the provider's login so that the next one (as whoever signs in) starts clean. The
      // session proxy refuses to set accountId to undefined, but lets it be deleted.
      const stale = session as unknown as Record<string, unknown>;
      delete stale.accountId;
      delete stale.loginTs;
      stale.authorizations = {};
      return interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  return [...policy];
}
