/**
 * A tRPC client for tests that behaves like one browser (a cookie jar, the console's Origin)
 * or like an internal service (a bearer token).
 */
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "../router.js";

export interface ClientOptions {
  token?: string;
  /** Sent as X-Forwarded-For (only believed from trusted proxies). */
  forwardedFor?: string;
  origin?: string | null;
  userAgent?: string;
}

export interface TestClient {
  /** The typed tRPC client. */
  api: ReturnType<typeof createTRPCClient<AppRouter>>;
  cookies: Map<string, string>;
  setOption(options: Partial<ClientOptions>): void;
}

export function createTestClient(baseUrl: string, initial: ClientOptions = {}): TestClient {
  const cookies = new Map<string, string>();
  const options: ClientOptions = { origin: new URL(baseUrl).origin, ...initial };
  const jarFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (options.token) headers.set("authorization", `Bearer ${options.token}`);
    if (options.forwardedFor) headers.set("x-forwarded-for", options.forwardedFor);
    if (options.origin) headers.set("origin", options.origin);
    headers.set("user-agent", options.userAgent ?? "roster-tests");
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (attributes.some((attribute) => attribute.trim().toLowerCase() === "max-age=0") || value === "") cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, fetch: jarFetch })] });
  return { api, cookies, setOption: (next) => Object.assign(options, next) };
}

/** The tRPC error code of a failed call, for assertions. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string; data: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = (error.data ?? {}) as Record<string, unknown>;
      return { code: String(data.code), message: error.message, data };
    }
    throw error;
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}

/** Signs in through the default authentication flow, as the console's login page does. */
export async function signIn(client: TestClient, uid: string, password: string): Promise<void> {
  const slug = "default-authentication-flow";
  await client.api.flows.execute.mutate({ slug, restart: true });
  await client.api.flows.execute.mutate({ slug, response: { uid } });
  const result = await client.api.flows.execute.mutate({ slug, response: { password } });
  if (result.type !== "redirect") throw new Error(`Sign-in as ${uid} failed: ${JSON.stringify(result)}`);
}
