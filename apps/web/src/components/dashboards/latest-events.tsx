/** The Overview's latest events: the first rows of Logs, refreshed with the rest of the page. */
import type { TEvent } from "@roster/core";
import { A } from "@solidjs/router";
import { EventsTable } from "../events/events-table";

export function LatestEvents(props: { events: TEvent[] | undefined }) {
  return (
    <section class="dashboard-section" aria-labelledby="overview-events">
      <div class="dashboard-section-head">
        <h2 id="overview-events">Latest events</h2>
        <A href="/events/logs">All events</A>
      </div>
      <EventsTable variant="log" label="Latest events" rows={props.events ?? []} loading={props.events === undefined} empty={<p class="muted">No events yet.</p>} hasMore={false} loadingMore={false} onLoadMore={() => undefined} />
    </section>
  );
}
