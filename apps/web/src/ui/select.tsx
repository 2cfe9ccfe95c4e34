/**
 * Select: a labelled native drop-down (keyboard and screen readers for free). The value is applied
 * again whenever the options change, and the matching option is marked `selected`: a value set
 * before its options exist (from the URL, or options that load later) would otherwise show the
 * first option.
 */
import { createEffect, createUniqueId, For } from "solid-js";
import { selectableValue } from "../lib/select-value";
import { describedBy, Field, type FieldError } from "./field";

export interface SelectOption {
  value: string;
  label: string;
}

export function Select(props: { label: string; value: string; options: SelectOption[]; onValue: (value: string) => void; error?: FieldError; hint?: string; required?: boolean; disabled?: boolean }) {
  const id = createUniqueId();
  let element: HTMLSelectElement | undefined;
  createEffect(() => {
    const value = selectableValue(props.value, props.options);
    if (element && value !== null) element.value = value;
  });
  return (
    <Field id={id} label={props.label} required={props.required} hint={props.hint} error={props.error}>
      <select ref={(node) => (element = node)} {...describedBy(id, props.hint, props.error)} id={id} class="input" value={props.value} disabled={props.disabled} onChange={(event) => props.onValue(event.currentTarget.value)}>
        <For each={props.options}>{(option) => <option value={option.value} selected={option.value === props.value}>{option.label}</option>}</For>
      </select>
    </Field>
  );
}
