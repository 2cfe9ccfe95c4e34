/** System › Tasks › History: finished runs of the last 30 days — task, outcome, duration, error. */
import { useSearchParams } from "@solidjs/router";
import { jobOutcomes, type TJobOutcome, type TJobRun } from "@roster/core";
import { Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { formatDuration, outcomeLabels, outcomeTone } from "../../lib/task-texts";
import { trpc } from "../../lib/trpc";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Select } from "../../ui/select";
import { Table, type Column } from "../../ui/table";
import { orMissing } from "../missing-value";

const columns: Column<TJobRun>[] = [
  { key: "finished", header: "Finished", width: "110px", cell: (run) => <RelativeTime value={run.finishedAt} /> },
  { key: "job", header: "Job", width: "80px", cell: (run) => <span class="task-number">#{run.jobId}</span> },
  { key: "task", header: "Task", width: "160px", cell: (run) => run.task },
  { key: "outcome", header: "Outcome", width: "130px", cell: (run) => <Badge tone={outcomeTone(run.outcome)}>{outcomeLabels[run.outcome]}</Badge> },
  { key: "attempt", header: "Attempt", width: "80px", cell: (run) => `${run.attempt} / ${run.maxAttempts}` },
  { key: "duration", header: "Duration", width: "90px", cell: (run) => formatDuration(run.durationMs) },
  { key: "error", header: "Error", cell: (run) => orMissing(run.error, (error) => <span class="task-error">{error}</span>) },
];

export function HistoryTab() {
  const [search, setSearch] = useSearchParams<{ outcome?: string }>();
  const outcome = () => (jobOutcomes.includes(search.outcome as TJobOutcome) ? (search.outcome as TJobOutcome) : undefined);
  const list = usePagedList(() => ({ outcome: outcome() }), (source, cursor) => trpc.tasks.history.query({ ...source, ...(cursor ? { cursor } : {}) }));
  return (
    <>
      <div class="directory-toolbar">
        <Select label="Outcome" value={outcome() ?? ""} options={[{ value: "", label: "Any outcome" }, ...jobOutcomes.map((value) => ({ value, label: outcomeLabels[value] }))]} onValue={(value) => setSearch({ outcome: value || undefined })} />
        <span class="spacer" />
        <Button onClick={() => void list.refresh()}>Refresh</Button>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label="History"
        columns={columns}
        rows={list.rows()}
        rowKey={(run) => run.id}
        loading={list.loading() && list.rows().length === 0}
        hasMore={list.hasMore()}
        loadingMore={list.loadingMore()}
        onLoadMore={() => void list.loadMore()}
        empty={<EmptyState title="No finished runs" description="Runs appear here as workers finish them, and are kept for 30 days." />}
      />
    </>
  );
}
