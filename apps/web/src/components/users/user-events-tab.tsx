/** User events tab: what the user did and what was done to them, newest first, by action. */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { actionLabel, eventActions } from "../../lib/event-actions";
import { Button } from "../../ui/button";
import { Select } from "../../ui/select";
import { EventsTable } from "./events-table";
import { useUserEvents } from "./use-user-events";

const actionOptions = [{ value: "", label: "All actions" }, ...eventActions.map((action) => ({ value: action, label: actionLabel(action) }))];

export function UserEventsTab(props: { user: TUser }) {
  const [action, setAction] = createSignal("");
  const events = useUserEvents(() => ({ userId: props.user.id, action: action() }));
  return (
    <>
      <div class="tab-filters">
        <Select label="Action" value={action()} options={actionOptions} onValue={setAction} />
        <Button onClick={() => void events.refresh()} busy={events.loading() && events.rows().length > 0}>
          Refresh
        </Button>
      </div>
      <Show when={events.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <EventsTable
        label={`Events of ${props.user.username}`}
        rows={events.rows()}
        loading={events.loading()}
        hasMore={events.hasMore()}
        loadingMore={events.loadingMore()}
        onLoadMore={() => void events.loadMore()}
      />
      <Show when={events.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
    </>
  );
}
