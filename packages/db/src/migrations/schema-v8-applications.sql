-- Applications and policy bindings (SPEC §10): the fields of the application form, an optional
-- icon (an uploaded image kept here so that every replica serves it, or a URL), the slug rule
-- as a constraint, and the indexes of the access predicate
-- (packages/db/src/services/applications/access-predicate.ts).
ALTER TABLE applications
  ADD COLUMN group_label text NOT NULL DEFAULT '',
  ADD COLUMN meta_description text NOT NULL DEFAULT '',
  ADD COLUMN meta_publisher text NOT NULL DEFAULT '',
  ADD COLUMN open_in_new_tab boolean NOT NULL DEFAULT false,
  ADD COLUMN icon bytea NULL,
  ADD COLUMN icon_content_type text NULL,
  ADD COLUMN icon_sha256 text NULL,
  ADD COLUMN icon_url text NULL,
  ADD CONSTRAINT applications_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9_-]*$' AND length(slug) <= 50),
  ADD CONSTRAINT applications_launch_url_scheme CHECK (launch_url = '' OR launch_url ~* '^https?://'),
  ADD CONSTRAINT applications_icon_url_scheme CHECK (icon_url IS NULL OR icon_url ~* '^https?://'),
  ADD CONSTRAINT applications_one_icon CHECK (icon IS NULL OR icon_url IS NULL),
  ADD CONSTRAINT applications_icon_complete CHECK ((icon IS NULL) = (icon_content_type IS NULL) AND (icon IS NULL) = (icon_sha256 IS NULL));
ALTER TABLE applications RENAME CONSTRAINT applications_slug_key TO applications_slug_unique;
-- The list and the user page's tab page by name; My applications sorts by group, then name.
CREATE INDEX applications_name_order ON applications (name, id);

-- Named, so that a violation can be told apart and reported on the right field.
ALTER TABLE policy_bindings DROP CONSTRAINT policy_bindings_check;
ALTER TABLE policy_bindings ADD CONSTRAINT policy_bindings_one_subject CHECK ((user_id IS NULL) <> (group_id IS NULL));
-- One binding per user or group and application: a second one could only contradict the first.
CREATE UNIQUE INDEX policy_bindings_application_user ON policy_bindings (application_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX policy_bindings_application_group ON policy_bindings (application_id, group_id) WHERE group_id IS NOT NULL;
-- The predicate reads an application's enabled bindings with the columns it tests, from the index
-- alone; deleting a user or group finds its bindings by these.
CREATE INDEX policy_bindings_enabled ON policy_bindings (application_id) INCLUDE (user_id, group_id, negate) WHERE enabled;
CREATE INDEX policy_bindings_user ON policy_bindings (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX policy_bindings_group ON policy_bindings (group_id) WHERE group_id IS NOT NULL;
