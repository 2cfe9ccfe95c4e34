/**
 * A table of audit events whose rows expand to show their JSON context. The kit's Table has no
 * expandable rows, so this one uses its look (the `.table` styles) with a row toggle.
 */
import type { TEvent } from "@roster/core";
import { createSignal, For, Show } from "solid-js";
import { actionLabel, formatContext } from "../../lib/event-actions";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { ChevronRightIcon } from "../../ui/icons";
import { RelativeTime } from "../../ui/relative-time";
import "../../ui/table.css";

export function EventsTable(props: { label: string; rows: TEvent[]; loading: boolean; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void }) {
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
      <table class="table" aria-label={props.label} aria-busy={props.loading ? "true" : undefined}>
        <thead>
          <tr>
            <th class="event-toggle" scope="col">
              <span class="visually-hidden">Details</span>
            </th>
            <th scope="col">Action</th>
            <th scope="col">By</th>
            <th scope="col">Client IP</th>
            <th scope="col" style={{ width: "140px" }}>
              When
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows} fallback={<EmptyRow loading={props.loading} />}>
            {(event) => (
              <>
                <tr>
                  <td class="event-toggle">
                    <Button variant="ghost" size="small" aria-expanded={open().has(event.id)} aria-label={`Details of ${actionLabel(event.action)}`} onClick={() => toggle(event.id)}>
                      <ChevronRightIcon />
                    </Button>
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>
                    <Show when={event.user} fallback={<span class="muted">system</span>}>
                      {(user) => (
                        <>
                          {user().username}
                          <Show when={user().onBehalfOf}>{(admin) => <span class="muted"> (by {admin().username}, impersonating)</span>}</Show>
                        </>
                      )}
                    </Show>
                  </td>
                  <td>
                    <code>{event.clientIp || "—"}</code>
                  </td>
                  <td>
                    <RelativeTime value={event.createdAt} />
                  </td>
                </tr>
                <Show when={open().has(event.id)}>
                  <tr class="event-details">
                    <td colSpan={5}>
                      <pre class="directory-code">{formatContext(event.context)}</pre>
                    </td>
                  </tr>
                </Show>
              </>
            )}
          </For>
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

function EmptyRow(props: { loading: boolean }) {
  return (
    <tr>
      <td colSpan={5}>{props.loading ? <p class="muted">Loading…</p> : <EmptyState title="No events" description="Nothing recorded for this user with this filter." />}</td>
    </tr>
  );
}
