/**
 * Which grant an authorization already has, decided from Roster's records rather than the
 * provider's session: the grant just made by the consent page, else — when the application's
 * bindings let the user in — a grant of the scopes asked that need no consent (all of them under
 * an implicit-consent flow; those of the user's unexpired consent otherwise). Scopes not covered
 * make the provider ask for consent. A user the bindings refuse ends at the client's redirect URI
 * with `error=access_denied`, and nothing is recorded.
 */
import { errors, type Grant, type KoaContextWithOIDC } from "oidc-provider";
import { loadAuthorizationContext, type Database } from "@roster/db";
import { oauthMessages, parseScopes } from "@roster/core";
import type { RosterSessionReader } from "./roster-session.js";

export function existingGrantLoader(database: Database, readSession: RosterSessionReader) {
  return async (ctx: KoaContextWithOIDC): Promise<Grant | undefined> => {
    const { oidc } = ctx;
    const accountId = oidc.session?.accountId;
    const clientId = oidc.client?.clientId;
    if (!accountId || !clientId) return undefined;
    const consented = oidc.result?.consent?.grantId;
    if (typeof consented === "string") return oidc.provider.Grant.find(consented);
    // A provider session of someone the Roster session no longer is: the login prompt handles it.
    if ((await readSession(ctx.req))?.user.id !== accountId) return undefined;
    const context = await loadAuthorizationContext(database.fork(), clientId, accountId);
    if (!context) return undefined;
    if (!context.allowed) throw new errors.AccessDenied(oauthMessages.accessDenied);
    const scope = oidc.params?.scope;
    const asked = parseScopes(typeof scope === "string" ? scope : "");
    const given = new Set(context.consent ? context.givenScopes : asked);
    const granted = asked.filter((scope) => given.has(scope));
    if (granted.length === 0) return undefined;
    const grant = new oidc.provider.Grant({ accountId, clientId });
    grant.addOIDCScope(granted.join(" "));
    await grant.save();
    return grant;
  };
}
