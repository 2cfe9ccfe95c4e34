/**
 * The application's Provider tab: the OAuth2 / OpenID provider's settings, and the URLs a relying
 * party is configured with, each with Copy (as authentik's provider page lists them); Rotate
 * secret for a confidential client.
 */
import type { TApplication, TOAuthProvider } from "@roster/core";
import { createSignal, For, Show } from "solid-js";
import { describeDuration } from "../../lib/duration";
import { providerEndpoints } from "../../lib/provider-form";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { KeyDialog, type NewKey } from "../tokens/key-dialog";
import { clientSecretKey } from "./client-secret";
import { EndpointRow } from "./endpoint-row";

function ProviderSettings(props: { provider: TOAuthProvider }) {
  return (
    <dl class="directory-details">
      <dt>Client type</dt>
      <dd>{props.provider.clientType === "confidential" ? "Confidential: authenticates with its client secret (HTTP Basic)" : "Public: PKCE only, no secret"}</dd>
      <dt>Redirect URIs</dt>
      <dd>
        <For each={props.provider.redirectUris}>{(uri) => <div><code>{uri}</code></div>}</For>
      </dd>
      <dt>Authorization flow</dt>
      <dd>
        <code>{props.provider.authorizationFlow}</code>
      </dd>
      <dt>Access tokens</dt>
      <dd>valid for {describeDuration(props.provider.accessTokenValidity)}</dd>
      <dt>Refresh tokens</dt>
      <dd>{props.provider.refreshTokens ? `issued, valid for ${describeDuration(props.provider.refreshTokenValidity)}, rotated on each use` : "not issued"}</dd>
    </dl>
  );
}

export function ProviderTab(props: { application: TApplication; onEdit: () => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const [secret, setSecret] = createSignal<NewKey | null>(null);
  const rotate = async () => {
    const { clientSecret } = await trpc.applications.rotateSecret.mutate({ id: props.application.id });
    setSecret(clientSecretKey(props.application, clientSecret));
  };
  return (
    <Show
      when={props.application.oauthProvider}
      fallback={<EmptyState framed title="No provider" description={`${props.application.name} does not sign users in through Roster.`} action={<Button onClick={() => props.onEdit()}>Add an OAuth2 / OpenID provider</Button>} />}
    >
      {(provider) => (
        <div class="provider-tab">
          <section class="directory-section">
            <div class="provider-header">
              <h2>OAuth2 / OpenID Connect</h2>
              <Show when={provider().clientType === "confidential"}>
                <Button onClick={() => setConfirming(true)}>Rotate secret</Button>
              </Show>
            </div>
            <ProviderSettings provider={provider()} />
          </section>
          <section class="directory-section" aria-labelledby="provider-endpoints-title">
            <div class="provider-header">
              <h2 id="provider-endpoints-title">Endpoints</h2>
            </div>
            <dl class="provider-endpoints">
              <For each={providerEndpoints(window.location.origin, provider().clientId)}>{(endpoint) => <EndpointRow label={endpoint.label} value={endpoint.value} />}</For>
            </dl>
          </section>
          <ConfirmDialog
            open={confirming()}
            onClose={() => setConfirming(false)}
            title="Rotate client secret"
            consequence={`Make a new client secret for ${props.application.name}? The current secret stops working at once: ${props.application.name} cannot sign anyone in until it is configured with the new one.`}
            confirmLabel="Rotate secret"
            onConfirm={rotate}
          />
          <KeyDialog shown={secret()} onClose={() => setSecret(null)} />
        </div>
      )}
    </Show>
  );
}
