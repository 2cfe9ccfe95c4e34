/** Events › Logs: the audit log, newest first, filtered by action, user and dates (kept in the URL). */
import { useSearchParams } from "@solidjs/router";
import { createMemo, Show } from "solid-js";
import { EventFiltersBar } from "../../../components/events/event-filters";
import { EventsTable } from "../../../components/events/events-table";
import { usePagedList } from "../../../lib/api-query";
import { eventFilterSearch, eventListInput, hasEventFilters, readEventFilters, sameEventFilters } from "../../../lib/event-filters";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { PageHeader } from "../../../ui/page-header";

export default function EventLogsPage() {
  const [params, setParams] = useSearchParams();
  const filters = createMemo(() => readEventFilters(params), undefined, { equals: sameEventFilters });
  const list = usePagedList(filters, (current, cursor) => trpc.events.list.query(eventListInput(current, cursor)));
  return (
    <>
      <PageHeader {...pageInfo("/events/logs")} />
      <EventFiltersBar filters={filters()} onChange={(next) => setParams(eventFilterSearch(next))} />
      <EventsTable
        variant="log"
        label="Events"
        rows={list.rows()}
        loading={list.loading()}
        empty={<p class="muted">{hasEventFilters(filters()) ? "No events match these filters." : "No events yet."}</p>}
        hasMore={list.hasMore()}
        loadingMore={list.loadingMore()}
        onLoadMore={() => void list.loadMore()}
        error={list.error()?.message ?? null}
      />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
    </>
  );
}
