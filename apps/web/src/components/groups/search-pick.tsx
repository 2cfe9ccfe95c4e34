/**
 * SearchPick: choose one or many objects from a list the server searches (users, groups, roles).
 * Chosen ones show as removable chips above the search field; results are checkboxes (or radio
 * buttons with `single`), so everything is reachable by Tab. The kit has no multi-select, hence
 * this component. When more match than are shown, a line says so and typing finds the others.
 */
import { createUniqueId, For, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { createDebouncedText } from "../../lib/debounced-text";
import { moreMatchesNote, type PickOption, type PickPage } from "../../lib/pick-sources";
import { errorList, type FieldError } from "../../ui/field";
import { CloseIcon } from "../../ui/icons";
import { MoreMatches, PickOptionChoice } from "./pick-option-choice";
import "../../styles/directory.css";

export interface SearchPickProps {
  label: string;
  /** A page with its count, or a plain list (a source that always returns every match). */
  search: (text: string) => Promise<PickPage | PickOption[]>;
  selected: PickOption[];
  onToggle: (option: PickOption) => void;
  single?: boolean;
  /** Ids never offered (a group cannot be its own parent). */
  exclude?: string[];
  placeholder?: string;
  hint?: string;
  error?: FieldError;
}

function asPage(result: PickPage | PickOption[]): PickPage {
  return Array.isArray(result) ? { options: result, hasMore: false, total: null } : result;
}

export function SearchPick(props: SearchPickProps) {
  const id = createUniqueId();
  const search = createDebouncedText(200);
  const results = useApiQuery(() => ({ text: search.settled() }), async (value) => asPage(await props.search(value.text)));
  const isChosen = (option: PickOption) => props.selected.some((entry) => entry.id === option.id);
  const options = () => (results.data()?.options ?? []).filter((option) => !(props.exclude ?? []).includes(option.id));
  const more = () => {
    const page = results.data();
    return page ? moreMatchesNote(page, options().length) : null;
  };
  return (
    <fieldset class="search-pick">
      <legend class="field-label">{props.label}</legend>
      <Show when={props.selected.length > 0}>
        <ul class="chips" aria-label={`Chosen ${props.label.toLowerCase()}`}>
          <For each={props.selected}>
            {(option) => (
              <li class="chip">
                {option.label}
                <button type="button" class="chip-remove" aria-label={`Remove ${option.label}`} onClick={() => props.onToggle(option)}>
                  <CloseIcon />
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <input id={id} class="input" type="search" autocomplete="off" aria-label={`Search ${props.label.toLowerCase()}`} placeholder={props.placeholder ?? "Search…"} value={search.text()} onInput={(event) => search.setText(event.currentTarget.value)} />
      <Show when={results.error()}>{(error) => <p class="field-error">{error().message}</p>}</Show>
      <ul class="pick-results" aria-label={`${props.label} results`} aria-busy={results.loading() ? "true" : undefined}>
        <For each={options()} fallback={<li class="muted pick-empty">{results.loading() ? "Searching…" : search.settled() ? "Nothing matches." : "Nothing to choose from yet."}</li>}>
          {(option) => (
            <li>
              <PickOptionChoice option={option} type={props.single ? "radio" : "checkbox"} name={props.single ? id : undefined} checked={isChosen(option)} onChange={() => props.onToggle(option)} />
            </li>
          )}
        </For>
      </ul>
      <MoreMatches note={more()} />
      <Show when={props.hint}>
        <span class="field-hint">{props.hint}</span>
      </Show>
      <Show when={errorList(props.error).length > 0}>
        <ul class="field-error">
          <For each={errorList(props.error)}>{(message) => <li>{message}</li>}</For>
        </ul>
      </Show>
    </fieldset>
  );
}
