/**
 * What a benchmark of the token endpoint needs: a confidential client with refresh tokens (implicit
 * consent), a signed-in user, and `chains` refresh tokens obtained through the real code + PKCE
 * flow over HTTP; then a load of refresh grants, one chain per connection, each request spending
 * the token the previous answer gave (rotation makes every token single-use).
 */
import { createHash, randomBytes } from "node:crypto";
import { signIn, createTestClient, type TestClient } from "./test-client.js";

export interface RefreshGrantBench {
  tokenUrl: string;
  /** The client's application and the user the tokens were issued to. */
  applicationId: string;
  userId: string;
  /** `Basic …` for the client. */
  authorization: string;
  refreshTokens: string[];
}

export interface RefreshGrantLoad {
  grants: number;
  errors: number;
  grantsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

const redirectUri = "http://127.0.0.1/oauth-bench-callback";

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const index = pair.indexOf("=");
    jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
  }
}

/** Follows the authorization's redirects with the browser's cookies until the redirect URI; returns the code. */
async function authorizeCode(baseUrl: string, browser: TestClient, clientId: string): Promise<{ code: string; verifier: string }> {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const jar = new Map(browser.cookies);
  const query = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: "code", scope: "openid profile", code_challenge: challenge, code_challenge_method: "S256", state: randomBytes(8).toString("hex") });
  let location = `${baseUrl}/oauth/auth?${query.toString()}`;
  for (let hop = 0; hop < 8; hop++) {
    const response = await fetch(location, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
    keepCookies(jar, response);
    const next = response.headers.get("location");
    if (!next) throw new Error(`The authorization stopped at ${location} (${response.status}).`);
    const url = new URL(next, location);
    if (url.href.startsWith(redirectUri)) {
      const code = url.searchParams.get("code");
      if (!code) throw new Error(`The authorization failed: ${url.searchParams.get("error") ?? "no code"}.`);
      return { code, verifier };
    }
    location = url.href;
  }
  throw new Error("The authorization redirected too often.");
}

async function postToken(tokenUrl: string, authorization: string, body: URLSearchParams): Promise<{ refresh_token?: string; error?: string }> {
  const response = await fetch(tokenUrl, { method: "POST", headers: { authorization, "content-type": "application/x-www-form-urlencoded" }, body });
  return (await response.json()) as { refresh_token?: string; error?: string };
}

/** `origin`: the API's public origin when it is not `baseUrl`'s (the browser's sign-in must come from it). */
export async function prepareRefreshGrantBench(options: { baseUrl: string; adminToken: string; chains: number; origin?: string }): Promise<RefreshGrantBench> {
  const { baseUrl, chains } = options;
  const admin = createTestClient(baseUrl, { token: options.adminToken }).api;
  const suffix = randomBytes(4).toString("hex");
  const password = `bench-${randomBytes(12).toString("base64url")}`;
  const user = await admin.users.create.mutate({ username: `oauth-bench-${suffix}`, name: "OAuth bench" });
  await admin.users.setPassword.mutate({ id: user.id, password });
  const application = await admin.applications.create.mutate({
    slug: `oauth-bench-${suffix}`,
    name: "OAuth bench",
    provider: { clientType: "confidential", redirectUris: [redirectUri], authorizationFlow: "default-provider-authorization-implicit-consent", accessTokenValidity: 300, refreshTokenValidity: 86_400, refreshTokens: true },
  });
  const clientId = application.oauthProvider?.clientId ?? "";
  const authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(application.clientSecret ?? "")}`).toString("base64")}`;
  const browser = createTestClient(baseUrl, options.origin ? { origin: options.origin } : {});
  await signIn(browser, user.username, password);
  const tokenUrl = `${baseUrl}/oauth/token`;
  const refreshTokens: string[] = [];
  for (let index = 0; index < chains; index++) {
    const { code, verifier } = await authorizeCode(baseUrl, browser, clientId);
    const answer = await postToken(tokenUrl, authorization, new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: verifier }));
    if (!answer.refresh_token) throw new Error(`The code exchange gave no refresh token: ${answer.error ?? "?"}.`);
    refreshTokens.push(answer.refresh_token);
  }
  return { tokenUrl, authorization, refreshTokens, applicationId: application.id, userId: user.id };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/** Refresh grants for `durationMs` over `connections` chains (one per connection; prepare at least that many). */
export async function runRefreshGrantLoad(bench: RefreshGrantBench, options: { connections?: number; durationMs?: number } = {}): Promise<RefreshGrantLoad> {
  const connections = options.connections ?? 16;
  const ends = performance.now() + (options.durationMs ?? 10_000);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    bench.refreshTokens.slice(0, connections).map(async (first) => {
      let token = first;
      while (performance.now() < ends) {
        const sent = performance.now();
        const answer = await postToken(bench.tokenUrl, bench.authorization, new URLSearchParams({ grant_type: "refresh_token", refresh_token: token }));
        latencies.push(performance.now() - sent);
        if (!answer.refresh_token) {
          errors++;
          return;
        }
        token = answer.refresh_token;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { grants: latencies.length - errors, errors, grantsPerSecond: (latencies.length - errors) / seconds, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
}
