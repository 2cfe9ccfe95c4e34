/**
 * Runs an authenticator setup flow (`default-authenticator-*-setup`) in a dialog on Settings: the
 * same challenges as the login page, and on the flow's redirect the dialog closes as done.
 */
import { createEffect, Match, onMount, Show, Switch } from "solid-js";
import { challengeOf, deniedMessageOf } from "../../lib/flow-form";
import { Dialog } from "../../ui/dialog";
import { ChallengeView } from "../flow/challenge-view";
import { useFlow } from "../flow/use-flow";

export interface SetupFlowDialogProps {
  setup: { slug: string; title: string } | null;
  onClose: () => void;
  onDone: () => void;
}

export function SetupFlowDialog(props: SetupFlowDialogProps) {
  return <Show when={props.setup} keyed>{(setup) => <SetupFlow {...setup} onClose={() => props.onClose()} onDone={() => props.onDone()} />}</Show>;
}

function SetupFlow(props: { slug: string; title: string; onClose: () => void; onDone: () => void }) {
  const flow = useFlow(props.slug);
  onMount(() => void flow.start());
  createEffect(() => {
    if (flow.result()?.type === "redirect") props.onDone();
  });
  return (
    <Dialog open title={props.title} onClose={() => props.onClose()}>
      <Switch fallback={<p class="muted">Loading…</p>}>
        <Match when={!flow.result() && flow.failure()}>
          {(failure) => (
            <div class="alert alert-error" role="alert">
              {failure().message}
            </div>
          )}
        </Match>
        <Match when={challengeOf(flow.result())} keyed>
          {(challenge) => <ChallengeView challenge={challenge} busy={flow.busy()} failure={flow.failure()} onSubmit={(response) => void flow.submit(response)} onRestart={() => void flow.restart()} />}
        </Match>
        <Match when={deniedMessageOf(flow.result())}>
          {(message) => (
            <div class="alert alert-error" role="alert">
              {message()}
            </div>
          )}
        </Match>
      </Switch>
    </Dialog>
  );
}
