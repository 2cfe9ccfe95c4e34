-- Roster schema, version 1. Indexes follow the query language (packages/core/src/query):
-- btree for equality, prefix and keyset order, trigram for substring/suffix, GIN jsonb_path_ops
-- for attributes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL,
  name text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  is_active boolean NOT NULL DEFAULT true,
  path text NOT NULL DEFAULT 'users',
  type text NOT NULL DEFAULT 'internal',
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  password_hash text NULL,
  password_change_date timestamptz NULL,
  last_login timestamptz NULL,
  date_joined timestamptz NOT NULL DEFAULT now(),
  last_updated timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_username_unique UNIQUE (username),
  CONSTRAINT users_type_check CHECK (type IN ('internal', 'external', 'service_account', 'internal_service_account'))
);
CREATE INDEX users_username_ci ON users (lower(username) text_pattern_ops, id);
CREATE INDEX users_name_order ON users (name, id);
CREATE INDEX users_email_order ON users (email, id);
CREATE INDEX users_email_ci ON users (lower(email) text_pattern_ops);
CREATE INDEX users_date_joined_order ON users (date_joined, id);
CREATE INDEX users_last_login_order ON users ((coalesce(last_login, '-infinity'::timestamptz)), id);
CREATE INDEX users_last_updated_order ON users (last_updated, id);
CREATE INDEX users_path_username ON users (path text_pattern_ops, username);
CREATE INDEX users_inactive_path ON users (path text_pattern_ops, username) WHERE NOT is_active;
CREATE INDEX users_inactive_username ON users (username) WHERE NOT is_active;
CREATE INDEX users_username_trgm ON users USING gin (username gin_trgm_ops);
CREATE INDEX users_name_trgm ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE INDEX users_attributes ON users USING gin (attributes jsonb_path_ops);

CREATE TABLE groups (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  is_superuser boolean NOT NULL DEFAULT false,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE group_parents (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  parent_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, parent_id),
  CHECK (group_id <> parent_id)
);
CREATE INDEX group_parents_parent ON group_parents (parent_id);
CREATE TABLE group_users (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_users_user ON group_users (user_id);

CREATE TABLE roles (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, role_id)
);
CREATE INDEX user_roles_role ON user_roles (role_id);
CREATE TABLE group_roles (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, role_id)
);
CREATE INDEX group_roles_role ON group_roles (role_id);
CREATE TABLE role_permissions (
  id uuid PRIMARY KEY,
  role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  codename text NOT NULL,
  object_type text NULL,
  object_id uuid NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((object_type IS NULL) = (object_id IS NULL))
);
CREATE UNIQUE INDEX role_permissions_unique ON role_permissions (role_id, codename, coalesce(object_type, ''), coalesce(object_id, '00000000-0000-0000-0000-000000000000'::uuid));

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used timestamptz NOT NULL DEFAULT now(),
  expires timestamptz NOT NULL,
  last_ip text NOT NULL DEFAULT '',
  user_agent text NOT NULL DEFAULT '',
  impersonator_id uuid NULL REFERENCES users (id) ON DELETE CASCADE,
  impersonation_reason text NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_impersonator ON sessions (impersonator_id) WHERE impersonator_id IS NOT NULL;
CREATE INDEX sessions_expires ON sessions (expires);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  identifier text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key_hash text NOT NULL UNIQUE,
  intent text NOT NULL DEFAULT 'api',
  expiring boolean NOT NULL DEFAULT true,
  expires timestamptz NULL,
  description text NOT NULL DEFAULT '',
  last_used timestamptz NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT api_tokens_intent_check CHECK (intent IN ('api', 'recovery', 'app_password'))
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE flows (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  title text NOT NULL DEFAULT '',
  designation text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE stages (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  type text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE flow_stage_bindings (
  id uuid PRIMARY KEY,
  flow_id uuid NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
  stage_id uuid NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
  "order" integer NOT NULL,
  UNIQUE (flow_id, "order")
);
-- Pending flow executions: keyed by a hash of the browser's flow cookie.
CREATE TABLE flow_states (
  id uuid PRIMARY KEY,
  key_hash text NOT NULL,
  flow_id uuid NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
  user_id uuid NULL REFERENCES users (id) ON DELETE CASCADE,
  step integer NOT NULL DEFAULT 0,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires timestamptz NOT NULL,
  UNIQUE (key_hash, flow_id)
);
CREATE INDEX flow_states_user ON flow_states (user_id);

CREATE TABLE brands (
  id uuid PRIMARY KEY,
  domain text NOT NULL UNIQUE,
  "default" boolean NOT NULL DEFAULT false,
  title text NOT NULL DEFAULT 'Roster',
  flow_authentication_id uuid NULL REFERENCES flows (id) ON DELETE SET NULL,
  flow_recovery_id uuid NULL REFERENCES flows (id) ON DELETE SET NULL,
  flow_invalidation_id uuid NULL REFERENCES flows (id) ON DELETE SET NULL,
  default_user_path text NOT NULL DEFAULT 'users',
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX brands_one_default ON brands ("default") WHERE "default";

CREATE TABLE events (
  id uuid PRIMARY KEY,
  action text NOT NULL,
  user_id uuid NULL,
  username text NOT NULL DEFAULT '',
  on_behalf_of_id uuid NULL,
  on_behalf_of_username text NULL,
  target_user_id uuid NULL,
  context jsonb NOT NULL DEFAULT '{}'::jsonb,
  client_ip text NOT NULL DEFAULT '',
  brand text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires timestamptz NOT NULL
);
CREATE INDEX events_created ON events (created_at DESC, id DESC);
CREATE INDEX events_user ON events (user_id, created_at DESC, id DESC);
CREATE INDEX events_target_user ON events (target_user_id, created_at DESC, id DESC);
CREATE INDEX events_action ON events (action, created_at DESC, id DESC);
CREATE INDEX events_expires ON events (expires);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  severity text NOT NULL DEFAULT 'notice',
  body text NOT NULL,
  event_id uuid NULL,
  link jsonb NULL,
  seen boolean NOT NULL DEFAULT false,
  dedupe_key text NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC);

CREATE TABLE settings (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  impersonation boolean NOT NULL DEFAULT true,
  impersonation_require_reason boolean NOT NULL DEFAULT true,
  default_token_duration_seconds integer NOT NULL DEFAULT 86400,
  default_token_length integer NOT NULL DEFAULT 60,
  unique_email boolean NOT NULL DEFAULT false,
  event_retention_days integer NOT NULL DEFAULT 365,
  pagination_default_page_size integer NOT NULL DEFAULT 20,
  pagination_max_page_size integer NOT NULL DEFAULT 100
);
INSERT INTO settings (id) VALUES (1);

-- Login throttling shared by every API replica: one row per (kind, key) window.
CREATE TABLE login_attempts (
  kind text NOT NULL,
  key text NOT NULL,
  failures integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz NULL,
  PRIMARY KEY (kind, key)
);

CREATE TABLE mail_messages (
  id uuid PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  status text NOT NULL DEFAULT 'queued',
  attempts integer NOT NULL DEFAULT 0,
  last_error text NULL,
  message_id text NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz NULL
);

CREATE TABLE data_exports (
  id uuid PRIMARY KEY,
  requested_by_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
  requested_by_username text NOT NULL DEFAULT '',
  requested_at timestamptz NOT NULL DEFAULT now(),
  model text NOT NULL DEFAULT 'user',
  query_params jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending',
  row_count bigint NOT NULL DEFAULT 0,
  byte_size bigint NOT NULL DEFAULT 0,
  completed_at timestamptz NULL,
  error text NULL
);
CREATE INDEX data_exports_requested ON data_exports (requested_at DESC, id DESC);
CREATE TABLE data_export_chunks (
  export_id uuid NOT NULL REFERENCES data_exports (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (export_id, seq)
);

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  launch_url text NOT NULL DEFAULT '',
  provider jsonb NOT NULL DEFAULT '{}'::jsonb,
  policy_engine_mode text NOT NULL DEFAULT 'any' CHECK (policy_engine_mode IN ('any', 'all')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE policy_bindings (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  user_id uuid NULL REFERENCES users (id) ON DELETE CASCADE,
  group_id uuid NULL REFERENCES groups (id) ON DELETE CASCADE,
  "order" integer NOT NULL DEFAULT 0,
  negate boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  timeout integer NOT NULL DEFAULT 30,
  CHECK ((user_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX policy_bindings_application ON policy_bindings (application_id, "order");

CREATE TABLE user_consents (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  permissions text NOT NULL DEFAULT '',
  expires timestamptz NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_consents_user ON user_consents (user_id);
CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  application_id uuid NULL REFERENCES applications (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  scope text NOT NULL DEFAULT '',
  expires timestamptz NOT NULL,
  revoked boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
CREATE TABLE authenticators (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('totp', 'webauthn', 'static', 'email')),
  name text NOT NULL DEFAULT '',
  confirmed boolean NOT NULL DEFAULT false,
  secret_hash text NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used timestamptz NULL
);
CREATE INDEX authenticators_user ON authenticators (user_id);
