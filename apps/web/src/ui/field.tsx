/** Field: the label, hint and error list around any input; the error sits under the field. */
import { For, Show, type JSX } from "solid-js";
import "./field.css";

export type FieldError = string | string[] | null | undefined;

export function errorList(error: FieldError): string[] {
  if (!error) return [];
  return Array.isArray(error) ? error : [error];
}

/** `required` adds the red mark; `optional` says "(optional)" where a field may be either, depending on a setting. */
export function Field(props: { id: string; label: string; required?: boolean; optional?: boolean; hint?: string; error?: FieldError; children: JSX.Element }) {
  return (
    <div class="field">
      <label class="field-label" for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span class="field-required" aria-hidden="true">
            *
          </span>
        </Show>
        <Show when={props.optional}>
          <span class="field-optional"> (optional)</span>
        </Show>
      </label>
      {props.children}
      <Show when={props.hint}>
        <span class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
      <Show when={errorList(props.error).length > 0}>
        <ul class="field-error" id={`${props.id}-error`}>
          <For each={errorList(props.error)}>{(message) => <li>{message}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}

/** The aria attributes that tie an input to its hint and error. */
export function describedBy(id: string, hint: string | undefined, error: FieldError): Record<string, string | undefined> {
  const ids = [hint ? `${id}-hint` : "", errorList(error).length > 0 ? `${id}-error` : ""].filter(Boolean);
  return { "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined, "aria-invalid": errorList(error).length > 0 ? "true" : undefined };
}
