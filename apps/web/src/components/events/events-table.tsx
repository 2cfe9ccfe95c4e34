/**
 * The audit log as a table whose rows open to show the event's JSON context, for Events › Logs
 * and for a user's Events tab. The kit's Table has no expandable rows, so this one uses the same
 * styles with its own body; a click anywhere on a row (or Enter on its toggle) opens it. In a
 * user's tab every row is about that user, so the columns say who did it instead of the user and
 * the object.
 */
import { A } from "@solidjs/router";
import type { TEvent } from "@roster/core";
import { createSignal, For, Show, type JSX } from "solid-js";
import { actionLabel, formatContext } from "../../lib/event-actions";
import { actorLabel } from "../../lib/event-filters";
import { eventSubject } from "../../lib/event-subject";
import { Button } from "../../ui/button";
import { ChevronRightIcon } from "../../ui/icons";
import { RelativeTime } from "../../ui/relative-time";
import { ErrorRow, SkeletonRows } from "../../ui/table-rows";
import "../../ui/table.css";
import "./events.css";

export type EventsTableVariant = "log" | "user";

interface Column {
  header: string;
  width?: string;
  cell: (event: TEvent) => JSX.Element;
}

const muted = (text: string) => <span class="muted">{text}</span>;

const clientIp: Column = { header: "Client IP", cell: (event) => <code>{event.clientIp || "—"}</code> };

const columns: Record<EventsTableVariant, Column[]> = {
  log: [
    { header: "Action", cell: (event) => actionLabel(event.action) },
    {
      header: "User",
      cell: (event) => (
        <Show when={event.user} fallback={muted("—")}>
          {(user) => (
            <span title={actorLabel(user())}>
              {user().username}
              <Show when={user().onBehalfOf}>{(admin) => muted(` on behalf of ${admin().username}`)}</Show>
            </span>
          )}
        </Show>
      ),
    },
    {
      header: "Object",
      cell: (event) => (
        <Show when={eventSubject(event)} fallback={muted("—")}>
          {(subject) => (
            <Show when={subject().href} fallback={subject().label}>
              {(href) => (
                <A href={href()} onClick={(click) => click.stopPropagation()}>
                  {subject().label}
                </A>
              )}
            </Show>
          )}
        </Show>
      ),
    },
    clientIp,
    { header: "Time", cell: (event) => <RelativeTime value={event.createdAt} /> },
  ],
  user: [
    { header: "Action", cell: (event) => actionLabel(event.action) },
    {
      header: "By",
      cell: (event) => (
        <Show when={event.user} fallback={muted("system")}>
          {(user) => (
            <>
              {user().username}
              <Show when={user().onBehalfOf}>{(admin) => muted(` (by ${admin().username}, impersonating)`)}</Show>
            </>
          )}
        </Show>
      ),
    },
    clientIp,
    { header: "When", width: "140px", cell: (event) => <RelativeTime value={event.createdAt} /> },
  ],
};

export function EventsTable(props: {
  variant: EventsTableVariant;
  label: string;
  rows: TEvent[];
  loading: boolean;
  empty: JSX.Element;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** The log could not be loaded: this message replaces the rows. */
  error?: string | null;
}) {
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const shown = () => columns[props.variant];
  const span = () => shown().length + 1;
  return (
    <div class="table-wrap">
      <table class="table events-table" aria-label={props.label} aria-busy={props.loading ? "true" : undefined}>
        <thead>
          <tr>
            <th class="events-toggle" scope="col">
              <span class="visually-hidden">Details</span>
            </th>
            <For each={shown()}>
              {(column) => (
                <th scope="col" style={column.width ? { width: column.width } : undefined}>
                  {column.header}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <Show when={!(props.loading && props.rows.length === 0)} fallback={<SkeletonRows columns={span()} />}>
            <ErrorRow message={props.error} columns={span()} />
            <For each={props.error ? [] : props.rows} fallback={<Show when={!props.error}><tr><td colSpan={span()}>{props.empty}</td></tr></Show>}>
              {(event) => {
                const expanded = () => open().has(event.id);
                return (
                  <>
                    <tr class="events-row" onClick={() => toggle(event.id)}>
                      <td class="events-toggle">
                        <Button variant="ghost" size="small" aria-expanded={expanded()} aria-controls={`event-${event.id}`} aria-label={`Details of ${actionLabel(event.action)}`}
                          onClick={(click) => {
                            click.stopPropagation();
                            toggle(event.id);
                          }}
                        >
                          <ChevronRightIcon />
                        </Button>
                      </td>
                      <For each={shown()}>{(column) => <td>{column.cell(event)}</td>}</For>
                    </tr>
                    <Show when={expanded()}>
                      <tr class="events-details" id={`event-${event.id}`}>
                        <td colSpan={span()}>
                          <pre>{formatContext(event.context)}</pre>
                        </td>
                      </tr>
                    </Show>
                  </>
                );
              }}
            </For>
          </Show>
        </tbody>
      </table>
      <Show when={props.hasMore}>
        <div class="table-footer">
          <Button size="small" busy={props.loadingMore} onClick={() => props.onLoadMore()}>
            Load more
          </Button>
        </div>
      </Show>
    </div>
  );
}
