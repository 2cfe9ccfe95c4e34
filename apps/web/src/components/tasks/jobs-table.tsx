/** The queue: task, status with attempts, when it runs, its last error. */
import type { TJob } from "@roster/core";
import type { PagedList } from "../../lib/api-query";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { JobStatus } from "./job-status";

export function JobsTable(props: { list: PagedList<TJob>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; selectable: boolean }) {
  const columns: Column<TJob>[] = [
    { key: "id", header: "Job", width: "80px", cell: (job) => <span class="task-number">#{job.id}</span> },
    { key: "task", header: "Task", width: "160px", cell: (job) => job.task },
    { key: "status", header: "Status", width: "150px", cell: (job) => <JobStatus job={job} /> },
    { key: "runAt", header: "Run at", width: "110px", cell: (job) => <RelativeTime value={job.runAt} /> },
    { key: "error", header: "Last error", cell: (job) => <span class="task-error">{job.lastError ?? "—"}</span> },
  ];
  return (
    <Table
      label="Jobs"
      columns={columns}
      rows={props.list.rows()}
      rowKey={(job) => job.id}
      rowLabel={(job) => `Select job ${job.id} (${job.task})`}
      loading={props.list.loading() && props.list.rows().length === 0}
      {...(props.selectable ? { selected: props.selected, onSelectionChange: props.onSelectionChange } : {})}
      hasMore={props.list.hasMore()}
      loadingMore={props.list.loadingMore()}
      onLoadMore={() => void props.list.loadMore()}
      empty={<EmptyState title="No jobs" description="The queue is empty for this filter: every job has finished." />}
    />
  );
}
