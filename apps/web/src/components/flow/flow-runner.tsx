/**
 * Runs a flow from start to redirect: the shared body of the login page and of `/flow/:slug`.
 * The owner decides where a redirect leads. Mount it keyed by slug: the flow is set up once.
 */
import { createEffect, Match, onMount, Show, Switch, type JSX } from "solid-js";
import { challengeOf, deniedMessageOf, retainedValues } from "../../lib/flow-form";
import { Button } from "../../ui/button";
import { ChallengeView } from "./challenge-view";
import { FlowLayout } from "./flow-layout";
import { useFlow } from "./use-flow";

/** `below`: shown under each challenge's form (the login page's "Sign up"). */
export function FlowRunner(props: { slug: string; token?: string; title: string; onRedirect: (to: string) => void; below?: JSX.Element }) {
  // Read once: a new slug or token means a new flow, mounted afresh by the page.
  const flow = useFlow(props.slug, props.token);
  onMount(() => void flow.start());
  createEffect(() => {
    const result = flow.result();
    if (result?.type === "redirect") props.onRedirect(result.to);
  });
  const result = () => flow.result();
  // A refused answer (a taken username) comes back as a new challenge: keep what was typed.
  let submitted: { component: string; values: Record<string, unknown> } | null = null;

  return (
    <Switch fallback={<FlowLayout title={props.title} subtitle="Loading…" />}>
      <Match when={!result() && flow.failure()}>
        {(failure) => (
          <FlowLayout title="This page could not load">
            <div class="flow-form">
              <div class="alert alert-error" role="alert">
                {failure().message}
              </div>
              <Button variant="primary" block busy={flow.busy()} onClick={() => void flow.start()}>
                Try again
              </Button>
            </div>
          </FlowLayout>
        )}
      </Match>
      <Match when={challengeOf(result())} keyed>
        {(challenge) => (
          <FlowLayout title={challenge.flow.title}>
            <ChallengeView
              challenge={challenge}
              initialValues={retainedValues(challenge, submitted)}
              busy={flow.busy()}
              failure={flow.failure()}
              onSubmit={(response) => {
                submitted = { component: challenge.component, values: response };
                void flow.submit(response);
              }}
              onRestart={() => void flow.restart()}
            />
            {props.below}
          </FlowLayout>
        )}
      </Match>
      <Match when={deniedMessageOf(result())}>
        {(message) => (
          <FlowLayout title="Access denied">
            <div class="flow-form">
              <div class="alert alert-error" role="alert">
                {message()}
              </div>
              <Show when={flow.failure()}>{(failure) => <div class="alert alert-error">{failure().message}</div>}</Show>
              <Button block busy={flow.busy()} onClick={() => void flow.restart()}>
                Start over
              </Button>
            </div>
          </FlowLayout>
        )}
      </Match>
      <Match when={result()?.type === "redirect"}>
        <FlowLayout title={props.title} subtitle="Redirecting…" />
      </Match>
    </Switch>
  );
}
