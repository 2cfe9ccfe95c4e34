/**
 * The Users list's query field: the query language with suggestions from `users.autocomplete`
 * (debounced, for the token under the cursor). Arrow keys move, Enter or Tab accepts, ESC
 * closes; Enter without a chosen suggestion runs the query. A bad query shows the server's
 * message under the field and underlines the range it names.
 */
import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import type { QueryErrorPosition } from "../../lib/client-error";
import { applySuggestion, type QuerySuggestion } from "../../lib/query-suggestion";
import { trpc } from "../../lib/trpc";
import { Combobox, type Suggestion } from "../../ui/combobox";
import { QueryErrorMark } from "./query-error-mark";
import "./users.css";

const debounceMs = 150;

export function UserSearch(props: { value: string; onSubmit: (query: string) => void; queryError: QueryErrorPosition | null; error: string | null }) {
  const [text, setText] = createSignal(props.value);
  const [suggestions, setSuggestions] = createSignal<QuerySuggestion[]>([]);
  let wrapper: HTMLDivElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const input = () => wrapper?.querySelector("input") ?? null;

  createEffect(on(() => props.value, (value) => setText(value), { defer: true }));
  onCleanup(() => clearTimeout(timer));

  const suggest = (value: string, cursor: number) => {
    clearTimeout(timer);
    const request = ++latest;
    timer = setTimeout(() => {
      trpc.users.autocomplete
        .query({ text: value, cursor })
        .then((result) => {
          if (request === latest) setSuggestions(result.suggestions);
        })
        .catch(() => {
          // Suggestions are a convenience: without them the field still works.
          if (request === latest) setSuggestions([]);
        });
    }, debounceMs);
  };

  const onValue = (value: string) => {
    setText(value);
    suggest(value, input()?.selectionStart ?? value.length);
  };

  const onAccept = (chosen: Suggestion) => {
    const suggestion = suggestions()[Number(chosen.value)];
    if (!suggestion) return;
    const next = applySuggestion(text(), suggestion);
    setText(next.text);
    setSuggestions([]);
    queueMicrotask(() => input()?.setSelectionRange(next.cursor, next.cursor));
    suggest(next.text, next.cursor);
  };

  const submit = () => {
    ++latest;
    clearTimeout(timer);
    setSuggestions([]);
    props.onSubmit(text());
  };

  const items = (): Suggestion[] => suggestions().map((suggestion, index) => ({ value: String(index), label: suggestion.label, detail: suggestion.detail }));

  return (
    <div class="user-search" ref={(element) => (wrapper = element)}>
      <Combobox
        label="Search"
        pageSearch
        value={text()}
        onValue={onValue}
        suggestions={items()}
        onAccept={onAccept}
        onSubmit={submit}
        placeholder='Search, or a query such as username startswith "a"  ( / )'
        error={props.error}
      />
      <Show when={props.queryError}>{(position) => <QueryErrorMark text={props.value} position={position()} />}</Show>
    </div>
  );
}
