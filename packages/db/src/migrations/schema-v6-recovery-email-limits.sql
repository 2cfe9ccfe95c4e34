-- Recovery-email limits (SPEC §9.9): per user, when the last one was sent and how many were sent
-- since the current day-long window began. One row per user, updated by one statement, so that
-- concurrent requests cannot both pass the limit.
CREATE TABLE recovery_email_counters (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  last_sent_at timestamptz NOT NULL,
  day_start timestamptz NOT NULL,
  sent_in_day integer NOT NULL
);
