-- Data exports and notifications: the requester's own exports are listed newest first, and an
-- export's status is one of the four the worker writes.
CREATE INDEX data_exports_requester ON data_exports (requested_by_id, requested_at DESC, id DESC);
ALTER TABLE data_exports ADD CONSTRAINT data_exports_status_check CHECK (status IN ('pending', 'running', 'done', 'failed'));
-- The bell's unseen count.
CREATE INDEX notifications_unseen ON notifications (user_id) WHERE NOT seen;
