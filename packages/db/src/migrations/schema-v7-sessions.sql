-- Sessions end when their credentials change (SPEC §9 rule 7): `credentials_at` is when the
-- password behind the session was last proven; the resolver refuses a session whose credentials
-- predate its user's password change. clock_timestamp(), not now(), so that a session created
-- later in the transaction of a password change still counts as newer than that change.
ALTER TABLE sessions ADD COLUMN credentials_at timestamptz NOT NULL DEFAULT clock_timestamp();

-- Service accounts have no usable password (SPEC §9 rule 5): one set before this rule existed is
-- dropped.
UPDATE users SET password_hash = NULL WHERE type IN ('service_account', 'internal_service_account') AND password_hash IS NOT NULL;
