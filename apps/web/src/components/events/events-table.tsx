/**
 * The audit log as a table whose rows open to show the event's JSON context, for Events › Logs
 * and for a user's Events tab; a click anywhere on a row (or Enter on its chevron) opens it. In a
 * user's tab every row is about that user, so the columns say who did it instead of the user and
 * the object.
 */
import { A } from "@solidjs/router";
import type { TEvent } from "@roster/core";
import { Show, type JSX } from "solid-js";
import { actionLabel, formatContext } from "../../lib/event-actions";
import { actorLabel } from "../../lib/event-filters";
import { eventSubject } from "../../lib/event-subject";
import { RelativeTime } from "../../ui/relative-time";
import { MissingValue, orMissing } from "../missing-value";
import { Table, type Column, type RowExpansion } from "../../ui/table";
import "./events.css";

export type EventsTableVariant = "log" | "user";

const muted = (text: string) => <span class="muted">{text}</span>;

const clientIp: Column<TEvent> = { key: "client_ip", width: "120px", header: "Client IP", cell: (event) => orMissing(event.clientIp, (ip) => <code>{ip}</code>) };

const columns: Record<EventsTableVariant, Column<TEvent>[]> = {
  log: [
    { key: "action", header: "Action", cell: (event) => actionLabel(event.action) },
    {
      key: "user",
      header: "User",
      cell: (event) => (
        <Show when={event.user} fallback={<MissingValue />}>
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
      key: "object",
      header: "Object",
      cell: (event) => (
        <Show when={eventSubject(event)} fallback={<MissingValue />}>
          {(subject) => (
            <Show when={subject().href} fallback={subject().label}>
              {(href) => (
                <A href={href()}>{subject().label}</A>
              )}
            </Show>
          )}
        </Show>
      ),
    },
    clientIp,
    { key: "time", header: "Time", width: "100px", cell: (event) => <RelativeTime value={event.createdAt} /> },
  ],
  user: [
    { key: "action", header: "Action", cell: (event) => actionLabel(event.action) },
    {
      key: "by",
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
    { key: "when", header: "When", width: "120px", cell: (event) => <RelativeTime value={event.createdAt} /> },
  ],
};

const context: RowExpansion<TEvent> = {
  label: (event) => `Details of ${actionLabel(event.action)}`,
  content: (event) => <pre class="events-context">{formatContext(event.context)}</pre>,
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
  return (
    <Table
      label={props.label}
      columns={columns[props.variant]}
      rows={props.rows}
      rowKey={(event) => event.id}
      loading={props.loading}
      empty={props.empty}
      error={props.error ?? null}
      hasMore={props.hasMore}
      loadingMore={props.loadingMore}
      onLoadMore={() => props.onLoadMore()}
      expand={context}
    />
  );
}
