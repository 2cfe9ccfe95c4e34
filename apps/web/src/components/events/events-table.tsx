/**
 * The audit log as a table whose rows open to show the event's JSON context. The kit's Table has
 * no expandable rows, so this one uses the same styles with its own body.
 */
import type { TEvent } from "@roster/core";
import { createSignal, For, Index, Show } from "solid-js";
import { actionLabel, formatContext } from "../../lib/event-actions";
import { actorLabel, eventObjectLabel } from "../../lib/event-filters";
import { Button } from "../../ui/button";
import { ChevronRightIcon } from "../../ui/icons";
import { RelativeTime } from "../../ui/relative-time";
import "../../ui/table.css";
import "./events.css";

const headers = ["Action", "User", "Object", "Client IP", "Time"];

export function EventsTable(props: { rows: TEvent[]; loading: boolean; empty: string; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void }) {
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div class="table-wrap">
      <table class="table events-table" aria-label="Events" aria-busy={props.loading ? "true" : undefined}>
        <thead>
          <tr>
            <th class="events-toggle" scope="col">
              <span class="visually-hidden">Details</span>
            </th>
            <For each={headers}>{(header) => <th scope="col">{header}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <Show when={!(props.loading && props.rows.length === 0)} fallback={<Skeleton />}>
            <For each={props.rows} fallback={<tr><td colSpan={headers.length + 1}><p class="muted">{props.empty}</p></td></tr>}>
              {(event) => {
                const expanded = () => open().has(event.id);
                return (
                  <>
                    <tr>
                      <td class="events-toggle">
                        <Button variant="ghost" size="small" aria-expanded={expanded()} aria-controls={`event-${event.id}`} aria-label={`Details of ${actionLabel(event.action)}`} onClick={() => toggle(event.id)}>
                          <ChevronRightIcon />
                        </Button>
                      </td>
                      <td>{actionLabel(event.action)}</td>
                      <td>
                        <Show when={event.user} fallback={<span class="muted">—</span>}>
                          {(user) => (
                            <span title={actorLabel(user())}>
                              {user().username}
                              <Show when={user().onBehalfOf}>{(admin) => <span class="muted"> on behalf of {admin().username}</span>}</Show>
                            </span>
                          )}
                        </Show>
                      </td>
                      <td>{eventObjectLabel(event.context) || <span class="muted">—</span>}</td>
                      <td>
                        <code>{event.clientIp || "—"}</code>
                      </td>
                      <td>
                        <RelativeTime value={event.createdAt} />
                      </td>
                    </tr>
                    <Show when={expanded()}>
                      <tr class="events-details" id={`event-${event.id}`}>
                        <td colSpan={headers.length + 1}>
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

function Skeleton() {
  return (
    <Index each={Array.from({ length: 6 })}>
      {() => (
        <tr aria-hidden="true">
          <Index each={Array.from({ length: headers.length + 1 })}>{() => <td><span class="table-skeleton" /></td>}</Index>
        </tr>
      )}
    </Index>
  );
}
