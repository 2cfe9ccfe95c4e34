/** TextField: a labelled single-line input with its error under it. */
import { createUniqueId, splitProps, type JSX } from "solid-js";
import { describedBy, Field, type FieldError } from "./field";

export interface TextFieldProps extends Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "onInput" | "value"> {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: FieldError;
  hint?: string;
}

export function TextField(props: TextFieldProps) {
  const [own, rest] = splitProps(props, ["label", "value", "onValue", "error", "hint", "id", "class", "required"]);
  const id = own.id ?? createUniqueId();
  return (
    <Field id={id} label={own.label} required={own.required} hint={own.hint} error={own.error}>
      <input
        {...rest}
        {...describedBy(id, own.hint, own.error)}
        id={id}
        class={`input ${own.class ?? ""}`}
        required={own.required}
        value={own.value}
        onInput={(event) => own.onValue(event.currentTarget.value)}
      />
    </Field>
  );
}
