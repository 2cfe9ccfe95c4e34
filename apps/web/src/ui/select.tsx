/** Select: a labelled native drop-down (keyboard and screen readers for free). */
import { createUniqueId, For } from "solid-js";
import { describedBy, Field, type FieldError } from "./field";

export interface SelectOption {
  value: string;
  label: string;
}

export function Select(props: { label: string; value: string; options: SelectOption[]; onValue: (value: string) => void; error?: FieldError; hint?: string; required?: boolean; disabled?: boolean }) {
  const id = createUniqueId();
  return (
    <Field id={id} label={props.label} required={props.required} hint={props.hint} error={props.error}>
      <select {...describedBy(id, props.hint, props.error)} id={id} class="input" value={props.value} disabled={props.disabled} onChange={(event) => props.onValue(event.currentTarget.value)}>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </Field>
  );
}
