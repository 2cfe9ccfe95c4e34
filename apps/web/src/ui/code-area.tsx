/**
 * CodeArea: a monospace editor for YAML/JSON with line numbers and live validation. `validate`
 * returns a message for invalid text; a server error (`error`) is shown the same way.
 */
import { createMemo, createUniqueId, For } from "solid-js";
import { errorList, Field, type FieldError } from "./field";
import "./code-area.css";

export function CodeArea(props: { label: string; value: string; onValue: (value: string) => void; validate?: (text: string) => string | null; error?: FieldError; hint?: string; rows?: number }) {
  const id = createUniqueId();
  let gutter: HTMLDivElement | undefined;
  const lineCount = createMemo(() => props.value.split("\n").length);
  const problems = createMemo(() => {
    const invalid = props.validate?.(props.value) ?? null;
    return [...(invalid ? [invalid] : []), ...errorList(props.error)];
  });
  return (
    <Field id={id} label={props.label} hint={props.hint} error={problems()}>
      <div class="code-area" data-invalid={problems().length > 0 ? "true" : undefined}>
        <div class="code-area-gutter" ref={(element) => (gutter = element)} aria-hidden="true">
          <For each={Array.from({ length: lineCount() }, (_, index) => index + 1)}>{(line) => <div>{line}</div>}</For>
        </div>
        <textarea
          id={id}
          rows={props.rows ?? 8}
          spellcheck={false}
          autocomplete="off"
          aria-invalid={problems().length > 0 ? "true" : undefined}
          aria-describedby={problems().length > 0 ? `${id}-error` : undefined}
          value={props.value}
          onInput={(event) => props.onValue(event.currentTarget.value)}
          onScroll={(event) => {
            if (gutter) gutter.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </Field>
  );
}
