/**
 * A real OpenID relying party for the provider's tests: openid-client 6 (discovery, PKCE, code
 * exchange, refresh) and a local callback server that answers the redirect URI, so a browser
 * sign-in ends at a URL the client can exchange.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import * as client from "openid-client";
import type { Page } from "playwright-core";

export interface CallbackServer {
  redirectUri: string;
  close(): Promise<void>;
}

export async function startCallbackServer(): Promise<CallbackServer> {
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><title>Relying party</title><p>Back at the application.</p>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    redirectUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Discovery against `<baseUrl>/oauth`; a secret means client_secret_basic, none a public client (PKCE only). */
export function discover(baseUrl: string, clientId: string, clientSecret: string | null): Promise<client.Configuration> {
  return client.discovery(new URL(`${baseUrl}/oauth`), clientId, undefined, clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(), { execute: [client.allowInsecureRequests] });
}

export interface Authorization {
  url: URL;
  verifier: string;
  state: string;
}

export async function authorizationRequest(config: client.Configuration, redirectUri: string, scope = "openid profile email"): Promise<Authorization> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  });
  return { url, verifier, state };
}

/** Opens the authorization in the page and waits until the browser is back at the redirect URI; returns that URL and the paths seen on the way. */
export async function browseAuthorization(page: Page, authorization: Authorization, redirectUri: string, steps: (page: Page) => Promise<void> = () => Promise.resolve()): Promise<{ callback: URL; visited: string[] }> {
  const visited: string[] = [];
  const record = (frame: { url(): string }) => visited.push(new URL(frame.url()).pathname);
  page.on("framenavigated", record);
  try {
    await page.goto(authorization.url.href);
    await steps(page);
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    return { callback: new URL(page.url()), visited };
  } finally {
    page.off("framenavigated", record);
  }
}

export function exchangeCode(config: client.Configuration, callback: URL, authorization: Authorization) {
  return client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: authorization.verifier, expectedState: authorization.state });
}

export { client };
