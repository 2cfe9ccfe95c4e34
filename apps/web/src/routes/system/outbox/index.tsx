/** System › Outbox: the emails the development mail capture received; says so plainly when it is off. */
import { Match, Switch } from "solid-js";
import { OutboxView } from "../../../components/outbox/outbox-view";
import { useApiQuery } from "../../../lib/api-query";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { Button } from "../../../ui/button";
import { EmptyState } from "../../../ui/empty-state";
import { PageHeader } from "../../../ui/page-header";

export default function OutboxPage() {
  const outbox = useApiQuery(() => true, () => trpc.outbox.list.query({ limit: 100 }));
  return (
    <>
      <PageHeader
        {...pageInfo("/system/outbox")}
        toolbar={
          <Button busy={outbox.loading() && outbox.data() !== undefined} onClick={() => void outbox.refetch()}>
            Refresh
          </Button>
        }
      />
      <Switch>
        <Match when={outbox.error()}>
          {(error) => <EmptyState framed title={error().code === "NOT_FOUND" ? "The outbox is off" : "The outbox could not be loaded"} description={error().message} />}
        </Match>
        <Match when={outbox.data()}>{(data) => <OutboxView messages={data().items} />}</Match>
        <Match when={outbox.loading()}>
          <p class="muted">Loading…</p>
        </Match>
      </Switch>
    </>
  );
}
