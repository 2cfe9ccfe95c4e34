/**
 * Combobox: a text field with a suggestion list (the query field). The first suggestion is
 * highlighted as it appears and Tab completes it; arrow keys move through the suggestions, and
 * Enter accepts the one moved to; ESC closes; otherwise Enter submits. `pageSearch` marks it as
 * the field that `/` focuses.
 */
import { createEffect, createSignal, createUniqueId, For, on, Show } from "solid-js";
import { moveActive } from "../lib/list-navigation";
import { pageSearchAttribute } from "../lib/keyboard";
import { describedBy, Field, type FieldError } from "./field";
import "./combobox.css";

export interface Suggestion {
  value: string;
  label: string;
  detail?: string;
}

export interface ComboboxProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  suggestions: Suggestion[];
  onAccept: (suggestion: Suggestion) => void;
  onSubmit?: () => void;
  placeholder?: string;
  pageSearch?: boolean;
  error?: FieldError;
  hint?: string;
}

export function Combobox(props: ComboboxProps) {
  const id = createUniqueId();
  const [active, setActive] = createSignal(-1);
  const [dismissed, setDismissed] = createSignal(true);
  // Moved to with the arrow keys: only then does Enter take the suggestion rather than submit.
  const [navigated, setNavigated] = createSignal(false);
  const open = () => !dismissed() && props.suggestions.length > 0;
  createEffect(
    on(
      () => props.suggestions,
      (suggestions) => {
        setActive(suggestions.length > 0 ? 0 : -1);
        setNavigated(false);
      },
    ),
  );
  const accept = (suggestion: Suggestion) => {
    props.onAccept(suggestion);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setDismissed(false);
      // The first ArrowDown enters the list at the suggestion already highlighted.
      const entering = !navigated() && event.key === "ArrowDown" && active() === 0;
      setNavigated(true);
      if (!entering) setActive((current) => moveActive(current, props.suggestions.length, event.key === "ArrowDown" ? 1 : -1));
      return;
    }
    const chosen = open() ? props.suggestions[active()] : undefined;
    if (chosen && (event.key === "Tab" || (event.key === "Enter" && navigated()))) {
      event.preventDefault();
      accept(chosen);
    } else if (event.key === "Enter" && props.onSubmit) {
      event.preventDefault();
      setDismissed(true);
      props.onSubmit();
    } else if (event.key === "Escape" && open()) {
      event.preventDefault();
      setDismissed(true);
    }
  };
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <div class="combobox">
        <input
          {...describedBy(id, props.hint, props.error)}
          {...(props.pageSearch ? { [pageSearchAttribute]: "" } : {})}
          id={id}
          class="input"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-expanded={open()}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open() && active() >= 0 ? `${id}-option-${active()}` : undefined}
          placeholder={props.placeholder}
          value={props.value}
          onInput={(event) => {
            setDismissed(false);
            setActive(-1);
            props.onValue(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setDismissed(true)}
        />
        <Show when={open()}>
          <ul class="combobox-list" id={`${id}-list`} role="listbox" aria-label={`${props.label} suggestions`}>
            <For each={props.suggestions}>
              {(suggestion, index) => (
                <li
                  id={`${id}-option-${index()}`}
                  role="option"
                  class="combobox-option"
                  aria-selected={index() === active()}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    accept(suggestion);
                  }}
                  onMouseEnter={() => setActive(index())}
                >
                  <span>{suggestion.label}</span>
                  <Show when={suggestion.detail}>
                    <span class="combobox-option-detail">{suggestion.detail}</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </Field>
  );
}
