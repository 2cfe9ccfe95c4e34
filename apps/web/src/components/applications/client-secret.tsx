/** The once-only view of an OAuth client's new secret (after creating, turning confidential, or rotating). */
import type { TApplication } from "@roster/core";
import type { NewKey } from "../tokens/key-dialog";

export function clientSecretKey(application: Pick<TApplication, "name" | "oauthProvider">, clientSecret: string): NewKey {
  return {
    title: "Client secret",
    summary: (
      <>
        The client secret of <strong>{application.name}</strong> (client ID <code>{application.oauthProvider?.clientId ?? ""}</code>). Configure it in the application with
        HTTP Basic authentication at the token endpoint.
      </>
    ),
    key: clientSecret,
    storage: "Roster keeps it encrypted; rotate it to get a new one.",
  };
}
