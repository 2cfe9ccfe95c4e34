/** The Logs filters: action, user (part of the username), and a date range. Each change updates the URL. */
import { createEffect, on, Show } from "solid-js";
import { createDebouncedText } from "../../lib/debounced-text";
import { hasEventFilters, type EventFilters } from "../../lib/event-filters";
import { pageSearchAttribute } from "../../lib/keyboard";
import { Button } from "../../ui/button";
import { TextField } from "../../ui/text-field";
import { ActionSelect } from "./action-select";
import "./events.css";

export function EventFiltersBar(props: { filters: EventFilters; onChange: (next: Partial<EventFilters>) => void }) {
  const user = createDebouncedText(300, props.filters.user);
  createEffect(on(user.settled, (value) => value !== props.filters.user.trim() && props.onChange({ user: value }), { defer: true }));
  // The URL can change without typing (back button, Clear): follow it.
  createEffect(on(() => props.filters.user, (value) => value.trim() !== user.text().trim() && user.setText(value), { defer: true }));
  return (
    <div class="events-filters" role="search" aria-label="Filter events">
      <ActionSelect value={props.filters.action} onValue={(action) => props.onChange({ action })} />
      <TextField label="User" type="search" placeholder="Username contains…" value={user.text()} onValue={user.setText} {...{ [pageSearchAttribute]: "" }} />
      <TextField label="From" type="date" value={props.filters.since} max={props.filters.until || undefined} onValue={(since) => props.onChange({ since })} />
      <TextField label="Until" type="date" value={props.filters.until} min={props.filters.since || undefined} onValue={(until) => props.onChange({ until })} />
      <Show when={hasEventFilters(props.filters)}>
        <Button onClick={() => props.onChange({ action: "", user: "", since: "", until: "" })}>Clear filters</Button>
      </Show>
    </div>
  );
}
