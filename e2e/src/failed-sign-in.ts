/** A sign-in with a wrong password through the login flow, as a browser on Linux makes it: a `login_failed` event. */
import type { Environment } from "./environment.js";

export async function failedSignIn(environment: Environment, username: string): Promise<void> {
  const client = environment.app.client({ userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0" });
  const slug = "default-authentication-flow";
  await client.api.flows.execute.mutate({ slug, restart: true });
  await client.api.flows.execute.mutate({ slug, response: { uid: username } });
  await client.api.flows.execute.mutate({ slug, response: { password: "wrong-password" } });
}
