/**
 * System › Tasks › Jobs: the queue, filtered by status and task (kept in the URL, as is one job
 * linked from a notification), refreshed every 2 s; Retry, Cancel and Delete on the selection.
 */
import { useSearchParams } from "@solidjs/router";
import { jobStatuses, schedules, type TJobActionResult, type TJobStatus } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { toClientError } from "../../lib/client-error";
import { hasPermission } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { jobActionToast, type JobAction } from "../../lib/task-texts";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { Select } from "../../ui/select";
import { useToast } from "../../ui/toast";
import { JobsTable } from "./jobs-table";
import { usePolling } from "./use-polling";

const knownTasks = ["send-email", "user-export", "revoke-user-sessions", ...schedules.map((schedule) => schedule.task)];
const actions: Record<JobAction, (ids: string[]) => Promise<TJobActionResult>> = {
  retry: (ids) => trpc.tasks.retry.mutate({ ids }),
  cancel: (ids) => trpc.tasks.cancel.mutate({ ids }),
  delete: (ids) => trpc.tasks.delete.mutate({ ids }),
};

export function JobsTab() {
  const toast = useToast();
  const me = useSignedIn();
  const [search, setSearch] = useSearchParams<{ status?: string; task?: string; job?: string }>();
  const status = () => (jobStatuses.includes(search.status as TJobStatus) ? (search.status as TJobStatus) : undefined);
  const list = usePagedList(
    () => ({ status: status(), task: search.task || undefined, id: search.job || undefined }),
    (source, cursor) => trpc.tasks.list.query({ ...source, ...(cursor ? { cursor } : {}) }),
  );
  usePolling(() => void list.refresh(), 2000);
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [busy, setBusy] = createSignal<JobAction | null>(null);
  const [confirmingDelete, setConfirmingDelete] = createSignal(false);
  const canRun = () => hasPermission(me().permissions, "run_systemtask");
  const chosen = () => list.rows().filter((job) => selected().has(job.id)).map((job) => job.id);

  async function act(action: JobAction) {
    setBusy(action);
    try {
      toast.success(jobActionToast(action, await actions[action](chosen())));
      setSelected(new Set<string>());
      await list.refresh();
    } catch (error) {
      toast.error(toClientError(error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <div class="directory-toolbar">
        <Select label="Status" value={status() ?? ""} options={[{ value: "", label: "Any status" }, ...jobStatuses.map((value) => ({ value, label: value }))]} onValue={(value) => setSearch({ status: value || undefined, job: undefined })} />
        <Select label="Task" value={search.task ?? ""} options={[{ value: "", label: "Any task" }, ...knownTasks.map((value) => ({ value, label: value }))]} onValue={(value) => setSearch({ task: value || undefined, job: undefined })} />
        <Show when={search.job}>
          {(job) => (
            <Button variant="secondary" onClick={() => setSearch({ job: undefined })}>
              Job #{job()} — show all
            </Button>
          )}
        </Show>
        <span class="spacer" />
        <Show when={canRun() && chosen().length > 0}>
          <Button busy={busy() === "retry"} onClick={() => void act("retry")}>
            Retry ({chosen().length})
          </Button>
          <Button busy={busy() === "cancel"} onClick={() => void act("cancel")}>
            Cancel ({chosen().length})
          </Button>
          <Button variant="danger" busy={busy() === "delete"} onClick={() => setConfirmingDelete(true)}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <JobsTable list={list} selected={selected()} onSelectionChange={setSelected} selectable={canRun()} />
      <ConfirmDialog
        open={confirmingDelete()}
        onClose={() => setConfirmingDelete(false)}
        title={chosen().length === 1 ? "Delete job" : "Delete jobs"}
        consequence={<p>Delete {plural(chosen().length, "job")} from the queue? They will not run again; what they were to do (an email, an export) is not done. Running jobs are left alone.</p>}
        confirmLabel="Delete"
        onConfirm={() => act("delete")}
      />
    </>
  );
}
