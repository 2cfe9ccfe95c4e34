/**
 * The provider's interactions, answered with Roster's own pages:
 * - `GET /oauth/interaction/:uid` — login: the browser's Roster session signs in (none: the
 *   console's login page, which comes back here); consent: the console's consent page.
 * - `GET /oauth/interaction/:uid/request` — what the consent page shows (JSON).
 * - `POST /oauth/interaction/:uid/consent` `{accept}` — the answer (JSON, from the console's
 *   origin only); records the consent as the authorization flow's consent stage says, and returns
 *   where the browser goes next.
 * The interaction cookie (path-bound to these URLs) ties each interaction to its browser.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { consentExpiry, newScopes, oauthMessages, oauthScopes, parseScopes, scopeDescription, type TConsentRequest } from "@roster/core";
import { loadAuthorizationContext, recordConsent, type Database } from "@roster/db";
import { sendInteractionError } from "./pages.js";
import type { RosterSessionReader } from "./roster-session.js";

type Interaction = Awaited<ReturnType<Provider["interactionDetails"]>>;

export interface InteractionOptions {
  provider: Provider;
  database: Database;
  publicUrl: URL;
  readSession: RosterSessionReader;
}

const pattern = /^\/oauth\/interaction\/([A-Za-z0-9_-]{1,64})(\/request|\/consent)?(?:\?.*)?$/;

export function isInteractionPath(url: string): boolean {
  return pattern.test(url);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, "cache-control": "no-store" });
  res.end();
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new Error("body too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
}

/** The scopes asked that Roster knows (others were already dropped by the provider). */
function askedScopes(interaction: Interaction): string[] {
  const { scope } = interaction.params;
  return parseScopes(typeof scope === "string" ? scope : "").filter((scope) => scope in oauthScopes);
}

export function interactionHandler(options: InteractionOptions) {
  const { provider, database, publicUrl, readSession } = options;

  async function load(req: IncomingMessage, res: ServerResponse): Promise<Interaction | null> {
    try {
      return await provider.interactionDetails(req, res);
    } catch {
      return null;
    }
  }

  async function start(req: IncomingMessage, res: ServerResponse, uid: string, interaction: Interaction): Promise<void> {
    const caller = await readSession(req);
    if (!caller) return redirect(res, `/login?next=${encodeURIComponent(`/oauth/interaction/${uid}`)}`);
    if (interaction.prompt.name === "login") {
      await provider.interactionFinished(req, res, { login: { accountId: caller.user.id } }, { mergeWithLastSubmission: false });
      return;
    }
    if (interaction.session?.accountId !== caller.user.id) return sendInteractionError(res, 409, oauthMessages.interactionOtherUser);
    redirect(res, `/consent/${uid}`);
  }

  async function describe(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const caller = await readSession(req);
    if (!caller || interaction.session?.accountId !== caller.user.id) return sendJson(res, 403, { message: oauthMessages.interactionOtherUser });
    const context = await loadAuthorizationContext(database.fork(), String(interaction.params.client_id), caller.user.id);
    if (!context) return sendJson(res, 404, { message: oauthMessages.interactionExpired });
    const asked = askedScopes(interaction);
    const fresh = new Set(newScopes(asked, context.givenScopes));
    const expiry = context.consent ? consentExpiry(context.consent.mode, context.consent.consentExpirySeconds, new Date()) : null;
    const body: TConsentRequest = {
      application: { name: context.application.name, slug: context.application.slug, launchUrl: context.application.launchUrl },
      scopes: asked.map((name) => ({ name, description: scopeDescription(name), isNew: fresh.has(name) })),
      expires: expiry?.expires?.toISOString() ?? null,
    };
    sendJson(res, 200, body);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== publicUrl.origin || !String(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return sendJson(res, 403, { message: `Cross-site request refused: send JSON from ${publicUrl.origin}.` });
    }
    const caller = await readSession(req);
    const accountId = interaction.session?.accountId;
    if (!caller || accountId !== caller.user.id || interaction.prompt.name !== "consent") return sendJson(res, 403, { message: oauthMessages.interactionOtherUser });
    const body = (await readJson(req).catch(() => null)) as { accept?: unknown } | null;
    if (typeof body?.accept !== "boolean") return sendJson(res, 400, { message: "Send {\"accept\": true} or {\"accept\": false}." });
    if (!body.accept) {
      const redirectTo = await provider.interactionResult(req, res, { error: "access_denied", error_description: oauthMessages.consentRefused });
      return sendJson(res, 200, { redirectTo });
    }
    const clientId = String(interaction.params.client_id);
    const scopes = askedScopes(interaction);
    try {
      await recordConsent(database.fork(), { clientId, userId: accountId, scopes });
    } catch {
      const redirectTo = await provider.interactionResult(req, res, { error: "access_denied", error_description: oauthMessages.accessDenied });
      return sendJson(res, 200, { redirectTo });
    }
    const grant = (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(scopes.join(" "));
    const grantId = await grant.save();
    const redirectTo = await provider.interactionResult(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    sendJson(res, 200, { redirectTo });
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = pattern.exec(req.url ?? "");
    const uid = match?.[1] ?? "";
    const action = match?.[2];
    const interaction = await load(req, res);
    if (!interaction || interaction.uid !== uid) {
      if (action) return sendJson(res, 404, { message: oauthMessages.interactionExpired });
      return sendInteractionError(res, 404, oauthMessages.interactionExpired);
    }
    if (action === "/request" && req.method === "GET") return describe(req, res, interaction);
    if (action === "/consent" && req.method === "POST") return answer(req, res, interaction);
    if (!action && req.method === "GET") return start(req, res, uid, interaction);
    res.writeHead(405, { allow: action === "/consent" ? "POST" : "GET" }).end();
  };
}
