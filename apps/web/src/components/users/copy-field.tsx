/**
 * A read-only field with Copy beside it; long values (links, keys) wrap so that all of them shows. "Copied" confirms for a moment; where the browser refuses
 * the clipboard, the text is selected and the line under the field says to press Ctrl+C.
 */
import { createEffect, createSignal, createUniqueId, on, onCleanup, onMount } from "solid-js";
import { copyText, type CopyOutcome } from "../../lib/clipboard";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

const copiedForMs = 2500;

/** Enough rows to show a link of this length whole in the dialog's width (about 36 characters a row). */
function rowsFor(value: string): number {
  return Math.min(5, Math.max(2, Math.ceil(value.length / 36)));
}

/** `focusCopy`: put the focus on Copy when the field appears (it replaces the button that made it). */
export function CopyField(props: { label: string; value: string; what?: string; focusCopy?: boolean }) {
  const id = createUniqueId();
  const [outcome, setOutcome] = createSignal<CopyOutcome | null>(null);
  let input: HTMLTextAreaElement | undefined;
  let button: HTMLButtonElement | undefined;
  onMount(() => props.focusCopy && button?.focus());
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(on(() => props.value, () => setOutcome(null), { defer: true }));

  const copy = async () => {
    clearTimeout(timer);
    const result = await copyText(props.value, input);
    setOutcome(result);
    if (result === "copied") timer = setTimeout(() => setOutcome(null), copiedForMs);
  };
  const what = () => props.what ?? "text";
  const status = () => {
    if (outcome() === "copied") return `Copied to the clipboard.`;
    if (outcome() === "selected") return `The browser refused to copy. The ${what()} is selected: press Ctrl+C (⌘C) to copy it.`;
    return "";
  };

  return (
    <Field id={id} label={props.label}>
      <div class="copy-field">
        <textarea
          ref={(element) => (input = element)}
          id={id}
          class="input copy-field-input"
          readOnly
          rows={rowsFor(props.value)}
          spellcheck={false}
          value={props.value}
          aria-describedby={`${id}-status`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button ref={(element) => (button = element)} class="copy-field-button" onClick={() => void copy()} aria-label={outcome() === "copied" ? `Copied ${what()}` : `Copy ${what()}`}>
          {outcome() === "copied" ? "Copied" : "Copy"}
        </Button>
      </div>
      <span id={`${id}-status`} class={outcome() === "selected" ? "field-hint copy-field-status-warning" : "field-hint"} role="status">
        {status()}
      </span>
    </Field>
  );
}
