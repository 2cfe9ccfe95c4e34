/**
 * PasswordField: a labelled password input; with `onRevealedChange` it carries a Show toggle
 * (`aria-pressed`) that turns the text visible, so that a long or generated password can be checked.
 */
import { createUniqueId, Show } from "solid-js";
import { describedBy, Field, type FieldError } from "./field";
import "./password-field.css";

export interface PasswordFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: "new-password" | "current-password";
  revealed?: boolean;
  /** Shows the toggle; the parent keeps the state, so that a repeat field can follow it. */
  onRevealedChange?: (revealed: boolean) => void;
  required?: boolean;
  hint?: string;
  error?: FieldError;
}

export function PasswordField(props: PasswordFieldProps) {
  const id = createUniqueId();
  return (
    <Field id={id} label={props.label} required={props.required} hint={props.hint} error={props.error}>
      <div class="password-field">
        <input
          {...describedBy(id, props.hint, props.error)}
          id={id}
          class="input"
          type={props.revealed ? "text" : "password"}
          autocomplete={props.autocomplete}
          spellcheck={false}
          required={props.required}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
        <Show when={props.onRevealedChange}>
          {(toggle) => (
            <button type="button" class="password-field-toggle" aria-label="Show password" aria-pressed={props.revealed ? "true" : "false"} onClick={() => toggle()(!props.revealed)}>
              {props.revealed ? "Hide" : "Show"}
            </button>
          )}
        </Show>
      </div>
    </Field>
  );
}
