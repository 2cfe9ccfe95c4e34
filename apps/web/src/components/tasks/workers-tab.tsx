/**
 * System › Tasks › Workers: every worker process by its heartbeat, refreshed every 5 s. A worker
 * not seen for a minute is gone; its locked jobs can be given back to the queue.
 */
import type { TWorkerProcess } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { toClientError } from "../../lib/client-error";
import { hasPermission } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { usePolling } from "./use-polling";

export function WorkersTab() {
  const toast = useToast();
  const me = useSignedIn();
  const workers = useApiQuery(() => true, () => trpc.tasks.workers.query());
  usePolling(() => void workers.refetch(), 5000);
  const [unlocking, setUnlocking] = createSignal<string | null>(null);
  async function unlock(worker: TWorkerProcess) {
    setUnlocking(worker.id);
    try {
      const result = await trpc.tasks.unlockWorkers.mutate({ ids: [worker.id] });
      toast.success(`${plural(result.unlocked, "job")} of ${worker.id} given back to the queue`);
      await workers.refetch();
    } catch (error) {
      toast.error(toClientError(error).message);
    } finally {
      setUnlocking(null);
    }
  }
  const columns: Column<TWorkerProcess>[] = [
    { key: "id", header: "Worker", width: "190px", cell: (worker) => <code>{worker.id}</code> },
    { key: "state", header: "State", width: "80px", cell: (worker) => (worker.gone ? <Badge tone="danger">gone</Badge> : <Badge tone="success">alive</Badge>) },
    { key: "host", header: "Host · pid", cell: (worker) => `${worker.host} · ${worker.pid}` },
    { key: "started", header: "Started", width: "110px", cell: (worker) => <RelativeTime value={worker.startedAt} /> },
    { key: "seen", header: "Last heartbeat", width: "120px", cell: (worker) => <RelativeTime value={worker.lastSeenAt} /> },
    { key: "jobs", header: "Running", width: "90px", cell: (worker) => `${worker.runningJobs} / ${worker.concurrency}` },
    {
      key: "unlock",
      header: "",
      width: "170px",
      cell: (worker) => (
        <Show when={worker.gone && worker.lockedJobs > 0 && hasPermission(me().permissions, "run_systemtask")}>
          <Button size="small" busy={unlocking() === worker.id} onClick={() => void unlock(worker)}>
            Unlock {plural(worker.lockedJobs, "job")}
          </Button>
        </Show>
      ),
    },
  ];
  return (
    <>
      <Show when={workers.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label="Workers"
        columns={columns}
        rows={workers.data()?.items ?? []}
        rowKey={(worker) => worker.id}
        loading={workers.loading() && !workers.data()}
        empty={<EmptyState title="No workers" description="No worker process is running: jobs wait in the queue until one starts." />}
      />
    </>
  );
}
