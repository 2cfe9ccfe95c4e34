/** A job's status badge, with its attempts when it has failed at least once. */
import type { TJob } from "@roster/core";
import { jobStatusLabels, jobStatusTone } from "../../lib/task-texts";
import { Badge } from "../../ui/badge";

export function JobStatus(props: { job: TJob }) {
  return (
    <span class="job-status">
      <Badge tone={jobStatusTone(props.job.status)}>{jobStatusLabels[props.job.status]}</Badge>
      <span class="muted">
        {props.job.attempts} / {props.job.maxAttempts}
      </span>
    </span>
  );
}
