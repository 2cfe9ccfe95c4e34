/** The application page's Check access: pick a user, see whether they pass and why, in the API's words. */
import type { TApplication } from "@roster/core";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { searchUsers, type PickOption } from "../../lib/pick-sources";
import { trpc } from "../../lib/trpc";
import { Badge } from "../../ui/badge";
import { SearchPick } from "../groups/search-pick";

export function CheckAccessTab(props: { application: TApplication }) {
  const [user, setUser] = createSignal<PickOption | null>(null);
  const verdict = useApiQuery(
    () => {
      const chosen = user();
      return chosen ? { id: props.application.id, userId: chosen.id } : null;
    },
    (input) => trpc.applications.checkAccess.query(input),
  );
  return (
    <div class="check-access">
      <SearchPick label="User" single search={searchUsers} selected={user() ? [user() as PickOption] : []} onToggle={(option) => setUser((current) => (current?.id === option.id ? null : option))} placeholder="Username, name or email…" hint="Choose whose access to check." />
      <Show when={user()}>
        {(chosen) => (
          <Switch fallback={<p class="muted">Checking…</p>}>
            <Match when={verdict.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Match>
            <Match when={!verdict.loading() && verdict.data()}>
              {(result) => (
                <section class={`access-verdict ${result().passing ? "access-verdict-passing" : "access-verdict-failing"}`} aria-label="Access verdict" aria-live="polite">
                  <h2>
                    <Badge tone={result().passing ? "success" : "danger"}>{result().passing ? "Passing" : "Not passing"}</Badge>
                    {result().passing ? `${chosen().label} may access ${props.application.name}` : `${chosen().label} may not access ${props.application.name}`}
                  </h2>
                  <Show when={result().messages.length > 0}>
                    <ul>
                      <For each={result().messages}>{(message) => <li>{message}</li>}</For>
                    </ul>
                  </Show>
                </section>
              )}
            </Match>
          </Switch>
        )}
      </Show>
    </div>
  );
}
