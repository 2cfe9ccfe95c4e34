/**
 * Renders one flow challenge as a form (fields from `challengeForm`), with the stage's error above
 * the fields and per-field errors under them. Mount it keyed by challenge so each one starts empty.
 */
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, onMount, Show } from "solid-js";
import type { TFlowChallenge } from "../../lib/api-types";
import type { ClientError } from "../../lib/client-error";
import { challengeForm, fieldMessages, flowResponse } from "../../lib/flow-form";
import { Button } from "../../ui/button";
import { TextField } from "../../ui/text-field";
import { AuthenticatorExtras } from "./authenticator-extras";

export interface ChallengeViewProps {
  challenge: TFlowChallenge;
  /** What to fill in at first (what was typed before a refused answer). */
  initialValues?: Record<string, string>;
  busy: boolean;
  failure: ClientError | null;
  onSubmit: (response: Record<string, unknown>) => void;
  onRestart: () => void;
}

export function ChallengeView(props: ChallengeViewProps) {
  const form = createMemo(() => challengeForm(props.challenge));
  // Mounted keyed by challenge: the initial values are read once.
  const [values, setValues] = createSignal<Record<string, string>>(props.initialValues ?? {});
  const generalError = () => props.challenge.error ?? props.failure?.message ?? null;
  const errorsFor = (name: string) => [...fieldMessages(props.challenge.fieldErrors, name), ...fieldMessages(props.failure?.fieldErrors, name)];
  let formElement: HTMLFormElement | undefined;
  onMount(() => formElement?.querySelector<HTMLInputElement>("input:not([type=hidden]):not([readonly])")?.focus());

  return (
    <form
      ref={(element) => (formElement = element)}
      class="flow-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onSubmit(flowResponse(form(), values()));
      }}
    >
      <Show when={form().showNotYou && props.challenge.pendingUser}>
        {(user) => (
          <div class="flow-user">
            <span class="flow-user-name">{user()}</span>
            <button type="button" class="link-button" onClick={() => props.onRestart()}>
              Not you?
            </button>
            <input type="text" name="username" autocomplete="username" value={user()} readonly hidden />
          </div>
        )}
      </Show>
      <Show when={form().message}>
        <div class="alert alert-info">{form().message}</div>
      </Show>
      <Show when={generalError()}>
        <div class="alert alert-error" role="alert">
          {generalError()}
        </div>
      </Show>
      <AuthenticatorExtras challenge={props.challenge} busy={props.busy} onSubmit={(response) => props.onSubmit(response)} />
      <For each={form().fields}>
        {(field) => (
          <TextField
            label={field.label}
            name={field.name}
            type={field.type}
            autocomplete={field.autocomplete}
            inputMode={field.inputMode}
            required={field.required}
            value={values()[field.name] ?? ""}
            onValue={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            error={errorsFor(field.name)}
          />
        )}
      </For>
      <Show when={form().submitLabel}>
        {(label) => (
          <Button type="submit" variant="primary" block busy={props.busy}>
            {label()}
          </Button>
        )}
      </Show>
      <Show when={props.challenge.recoveryUrl}>
        {(href) => (
          <p class="flow-links">
            <A href={href()}>Forgot username or password?</A>
          </p>
        )}
      </Show>
    </form>
  );
}
