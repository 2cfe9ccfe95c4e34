/**
 * `/consent/:uid`: an application asks to sign the user in. Names the application and the scopes
 * it asks for, marking those not given before; Continue gives consent, Cancel refuses (the
 * application hears `access_denied`).
 */
import { useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { FlowLayout } from "../../components/flow/flow-layout";
import { answerConsent, loadConsentRequest } from "../../lib/consent-request";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import "../../components/flow/consent.css";

export default function ConsentPage() {
  const params = useParams();
  const [request] = createResource(() => params.uid, loadConsentRequest);
  const [busy, setBusy] = createSignal<"accept" | "refuse" | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  document.title = "Authorize application · Roster";

  const answer = async (accept: boolean) => {
    setBusy(accept ? "accept" : "refuse");
    setError(null);
    try {
      window.location.assign(await answerConsent(params.uid ?? "", accept));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(null);
    }
  };

  return (
    <Show when={request()} fallback={<FlowLayout title="Authorize application" subtitle={request.error ? undefined : "Loading…"}>{request.error ? <div class="alert alert-error" role="alert">{String(request.error instanceof Error ? request.error.message : request.error)}</div> : null}</FlowLayout>}>
      {(loaded) => (
        <FlowLayout title={`Sign in to ${loaded().application.name}`} subtitle={`${loaded().application.name} asks for access to:`}>
          <ul class="consent-scopes" aria-label="Permissions asked">
            <For each={loaded().scopes}>
              {(scope) => (
                <li>
                  <span>{scope.description}</span>
                  <Show when={scope.isNew}>
                    <Badge tone="info" title="You have not given this permission before">New</Badge>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <Show when={loaded().expires}>{(expires) => <p class="muted consent-expiry">You will not be asked again until {new Date(expires()).toLocaleDateString("en", { dateStyle: "long" })}.</p>}</Show>
          <Show when={error()}>{(message) => <div class="alert alert-error" role="alert">{message()}</div>}</Show>
          <div class="consent-actions">
            <Button variant="primary" block busy={busy() === "accept"} disabled={busy() !== null} onClick={() => void answer(true)}>
              Continue
            </Button>
            <Button block busy={busy() === "refuse"} disabled={busy() !== null} onClick={() => void answer(false)}>
              Cancel
            </Button>
          </div>
        </FlowLayout>
      )}
    </Show>
  );
}
