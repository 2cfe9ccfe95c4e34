-- Trust rules (SPEC §9): session lifetimes, recovery-email limits, sign-in throttling per account
-- and per device.
ALTER TABLE settings
  ADD COLUMN session_idle_timeout_seconds integer NOT NULL DEFAULT 43200,
  ADD COLUMN session_max_age_seconds integer NOT NULL DEFAULT 1209600,
  ADD COLUMN recovery_email_interval_seconds integer NOT NULL DEFAULT 300,
  ADD COLUMN recovery_email_daily_limit integer NOT NULL DEFAULT 5;
