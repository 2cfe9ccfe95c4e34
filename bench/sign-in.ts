/** A full browser sign-in through the default authentication flow (identification, then password). */
import { TrpcClient } from "./trpc-client.js";

export const authenticationFlow = "default-authentication-flow";
export const sessionCookie = "roster_session";

interface FlowResult {
  type: "challenge" | "redirect" | "denied";
  component?: string;
  message?: string;
}

/** Signs in as a browser would; returns the client holding the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<TrpcClient> {
  const browser = new TrpcClient({ baseUrl, browser: true });
  const steps: (Record<string, unknown> | undefined)[] = [undefined, { uid: username }, { password }];
  let result: FlowResult | undefined;
  for (const response of steps) {
    result = await browser.mutate<FlowResult>("flows.execute", { slug: authenticationFlow, ...(response ? { response } : {}) });
    if (result.type === "denied") throw new Error(`Sign-in of ${username} was denied: ${result.message ?? ""}`);
  }
  if (result?.type !== "redirect" || !browser.cookie(sessionCookie)) {
    browser.close();
    throw new Error(`Sign-in of ${username} did not end with a session (last answer: ${JSON.stringify(result)}).`);
  }
  return browser;
}
