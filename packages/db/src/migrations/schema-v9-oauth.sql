-- The OAuth2 / OpenID Connect provider (SPEC §11), kept in PostgreSQL so that any API replica
-- serves any request: the provider's short-lived artifacts (sessions, interactions, codes,
-- access tokens, grants…), its signing keys (encrypted), the client secret of each
-- application (encrypted), and the columns refresh-token rotation needs. Every artifact id, token
-- and session uid is stored as its SHA-256 only.
CREATE TABLE oauth_artifacts (
  model text NOT NULL,
  id_hash text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text NULL,
  uid_hash text NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz NULL,
  PRIMARY KEY (model, id_hash)
);
CREATE INDEX oauth_artifacts_grant ON oauth_artifacts (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oauth_artifacts_uid ON oauth_artifacts (uid_hash) WHERE uid_hash IS NOT NULL;
CREATE INDEX oauth_artifacts_expires ON oauth_artifacts (expires_at);

-- Signing keys: private JWKs sealed with a key derived from ROSTER_SECRET_KEY. The newest active
-- key signs; retired keys stay published until they are deleted.
CREATE TABLE oauth_signing_keys (
  id uuid PRIMARY KEY,
  kid text NOT NULL UNIQUE,
  sealed_jwk text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz NULL
);

ALTER TABLE applications ADD COLUMN client_secret_sealed text NULL;
CREATE UNIQUE INDEX applications_client_id ON applications ((provider->>'clientId')) WHERE provider->>'clientId' IS NOT NULL;

-- A refresh token is the provider's artifact too: its payload, its grant (the chain a reuse
-- revokes), and when it was rotated away (a consumed token presented again is a reuse).
ALTER TABLE refresh_tokens
  ADD COLUMN grant_id text NULL,
  ADD COLUMN payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN consumed_at timestamptz NULL;
CREATE INDEX refresh_tokens_grant ON refresh_tokens (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX refresh_tokens_user_created ON refresh_tokens (user_id, created_at DESC, id DESC);
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires);

-- Consents are looked up per user and application at each authorization, and paged per user.
CREATE INDEX user_consents_user_application ON user_consents (user_id, application_id);
CREATE INDEX user_consents_user_created ON user_consents (user_id, created_at DESC, id DESC);
