/** "No account yet? Sign up", when the brand has an enrollment flow that runs without an invitation. */
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { trpc } from "../../lib/trpc";

export function SignUpLink() {
  const signUp = useApiQuery(() => true, () => trpc.flows.signUp.query());
  return (
    <Show when={signUp.data()}>
      {(flow) => (
        <p class="flow-alternative">
          No account yet? <A href={`/flow/${encodeURIComponent(flow().slug)}`}>Sign up</A>
        </p>
      )}
    </Show>
  );
}
