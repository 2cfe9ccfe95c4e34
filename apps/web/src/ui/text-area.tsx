/** TextArea: a labelled multi-line input; `monospace` for code-like text. */
import { createUniqueId } from "solid-js";
import { describedBy, Field, type FieldError } from "./field";

export function TextArea(props: { label: string; value: string; onValue: (value: string) => void; rows?: number; error?: FieldError; hint?: string; required?: boolean; optional?: boolean; monospace?: boolean; placeholder?: string }) {
  const id = createUniqueId();
  return (
    <Field id={id} label={props.label} required={props.required} optional={props.optional} hint={props.hint} error={props.error}>
      <textarea
        {...describedBy(id, props.hint, props.error)}
        aria-required={props.required ? "true" : undefined}
        id={id}
        class="input"
        style={props.monospace ? { "font-family": "var(--font-mono)", "font-size": "13px" } : undefined}
        rows={props.rows ?? 4}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
    </Field>
  );
}
