/** Checkbox: a labelled box; `indeterminate` for "some rows selected". */
import { createEffect, createUniqueId, Show } from "solid-js";
import { errorList, type FieldError } from "./field";
import "./field.css";

export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; indeterminate?: boolean; disabled?: boolean; hint?: string; error?: FieldError; labelHidden?: boolean }) {
  const id = createUniqueId();
  let input: HTMLInputElement | undefined;
  createEffect(() => {
    if (input) input.indeterminate = props.indeterminate ?? false;
  });
  return (
    <div class="field">
      <label class="checkbox" for={id}>
        <input ref={(element) => (input = element)} id={id} type="checkbox" checked={props.checked} disabled={props.disabled} aria-label={props.labelHidden ? props.label : undefined} onChange={(event) => props.onChange(event.currentTarget.checked)} />
        <Show when={!props.labelHidden}>
          <span>{props.label}</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <span class="field-hint">{props.hint}</span>
      </Show>
      <Show when={errorList(props.error).length > 0}>
        <ul class="field-error">{errorList(props.error).map((message) => <li>{message}</li>)}</ul>
      </Show>
    </div>
  );
}
