/** System › Tasks › Schedules: the cron tasks, their last and next run (refreshed every 5 s), and Run now. */
import type { TSchedule } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { toClientError } from "../../lib/client-error";
import { hasPermission } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { outcomeLabels, outcomeTone } from "../../lib/task-texts";
import { trpc } from "../../lib/trpc";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { usePolling } from "./use-polling";

export function SchedulesTab() {
  const toast = useToast();
  const me = useSignedIn();
  const schedules = useApiQuery(() => true, () => trpc.tasks.schedules.query());
  usePolling(() => void schedules.refetch(), 5000);
  const [running, setRunning] = createSignal<string | null>(null);
  async function runNow(task: string) {
    setRunning(task);
    try {
      const { jobId } = await trpc.tasks.runNow.mutate({ task });
      toast.success(`${task} queued as job #${jobId}`);
    } catch (error) {
      toast.error(toClientError(error).message);
    } finally {
      setRunning(null);
    }
  }
  const columns: Column<TSchedule>[] = [
    { key: "task", header: "Task", width: "180px", cell: (item) => item.task },
    { key: "crontab", header: "Schedule (UTC)", width: "150px", cell: (item) => <code>{item.crontab}</code> },
    {
      key: "last",
      header: "Last run",
      cell: (item) => (
        <Show when={item.lastRunAt} fallback={<span class="muted">never</span>}>
          <RelativeTime value={item.lastRunAt} /> <Show when={item.lastOutcome}>{(outcome) => <Badge tone={outcomeTone(outcome())}>{outcomeLabels[outcome()]}</Badge>}</Show>
        </Show>
      ),
    },
    { key: "next", header: "Next run", width: "140px", cell: (item) => <RelativeTime value={item.nextRunAt} fallback="—" /> },
    {
      key: "run",
      header: "",
      width: "110px",
      cell: (item) => (
        <Show when={hasPermission(me().permissions, "run_systemtask")}>
          <Button size="small" busy={running() === item.task} onClick={() => void runNow(item.task)} aria-label={`Run now: ${item.task}`}>
            Run now
          </Button>
        </Show>
      ),
    },
  ];
  return (
    <>
      <Show when={schedules.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table label="Schedules" columns={columns} rows={schedules.data()?.items ?? []} rowKey={(item) => item.task} loading={schedules.loading() && !schedules.data()} />
    </>
  );
}
