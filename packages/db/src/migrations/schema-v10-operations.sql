-- Operations (SPEC §13): finished job runs, written by the workers from graphile-worker's events
-- and kept 30 days (System > Tasks > History), and one heartbeat row per worker process
-- (System > Tasks > Workers). graphile-worker's own tables are never touched here: the queue is
-- read through its public `graphile_worker.jobs` view and changed through its public functions.
CREATE TABLE job_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id bigint NOT NULL,
  task text NOT NULL,
  outcome text NOT NULL CONSTRAINT job_runs_outcome CHECK (outcome IN ('success', 'error', 'failed')),
  attempt integer NOT NULL,
  max_attempts integer NOT NULL,
  duration_ms integer NOT NULL,
  error text NULL,
  worker_id text NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);
-- History pages newest first, optionally for one task or one job.
CREATE INDEX job_runs_finished ON job_runs (finished_at DESC, id DESC);
CREATE INDEX job_runs_task_finished ON job_runs (task, finished_at DESC, id DESC);
CREATE INDEX job_runs_job ON job_runs (job_id);

CREATE TABLE worker_heartbeats (
  id text PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  started_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  concurrency integer NOT NULL,
  running_jobs integer NOT NULL DEFAULT 0,
  -- graphile-worker's ids of this process's worker slots: what `locked_by` of its jobs holds.
  slot_ids text[] NOT NULL DEFAULT '{}'
);
