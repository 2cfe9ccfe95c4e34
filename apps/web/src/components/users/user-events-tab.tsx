/** User events tab: what the user did and what was done to them, newest first, by action. */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { actionLabel, eventActions } from "../../lib/event-actions";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Select } from "../../ui/select";
import { EventsTable } from "../events/events-table";
import type { UserTabSource } from "../../lib/user-detail-tabs";

const pageSize = 20;
const actionOptions = [{ value: "", label: "All actions" }, ...eventActions.map((action) => ({ value: action, label: actionLabel(action) }))];

export function UserEventsTab(props: { user: TUser; source: UserTabSource }) {
  const [action, setAction] = createSignal("");
  const events = usePagedList(
    () => ({ ...props.source, action: action() }),
    (source, cursor) => trpc.users.events.query({ userId: source.userId, limit: pageSize, ...(source.action ? { action: source.action } : {}), ...(cursor ? { cursor } : {}) }),
  );
  return (
    <>
      <div class="tab-filters">
        <Select label="Action" value={action()} options={actionOptions} onValue={setAction} />
        <Button onClick={() => void events.refresh()} busy={events.loading() && events.rows().length > 0}>
          Refresh
        </Button>
      </div>
      <EventsTable
        variant="user"
        label={`Events of ${props.user.username}`}
        rows={events.rows()}
        loading={events.loading()}
        empty={<EmptyState title="No events" description="Nothing recorded for this user with this filter." />}
        hasMore={events.hasMore()}
        loadingMore={events.loadingMore()}
        onLoadMore={() => void events.loadMore()}
        error={events.error()?.message ?? null}
      />
      <Show when={events.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
    </>
  );
}
