-- MFA authenticators (SPEC §12). A TOTP device keeps its seed sealed under a key derived from
-- ROSTER_SECRET_KEY and the last time step it accepted (a step is never accepted twice); a
-- WebAuthn device its credential; recovery codes live one row per code, only as hashes.
ALTER TABLE authenticators DROP COLUMN secret_hash;
ALTER TABLE authenticators ADD COLUMN last_updated timestamptz NOT NULL DEFAULT now();
ALTER TABLE authenticators ADD COLUMN secret_sealed text NULL;
ALTER TABLE authenticators ADD COLUMN last_step bigint NULL;
ALTER TABLE authenticators ADD COLUMN credential_id text NULL UNIQUE;
ALTER TABLE authenticators ADD COLUMN public_key bytea NULL;
ALTER TABLE authenticators ADD COLUMN sign_count bigint NOT NULL DEFAULT 0;
ALTER TABLE authenticators ADD COLUMN transports text[] NOT NULL DEFAULT '{}';
CREATE INDEX authenticators_user_listed ON authenticators (user_id, created_at DESC, id DESC);

CREATE TABLE authenticator_recovery_codes (
  authenticator_id uuid NOT NULL REFERENCES authenticators (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz NULL,
  PRIMARY KEY (authenticator_id, code_hash)
);

-- The three setup flows a signed-in user runs from Settings (first start creates them too).
INSERT INTO stages (id, name, type, settings) VALUES
  (gen_random_uuid(), 'default-authenticator-totp-setup', 'authenticator_totp', '{}'),
  (gen_random_uuid(), 'default-authenticator-static-setup', 'authenticator_static', '{}'),
  (gen_random_uuid(), 'default-authenticator-webauthn-setup', 'authenticator_webauthn', '{}')
ON CONFLICT (name) DO NOTHING;
INSERT INTO flows (id, slug, name, title, designation) VALUES
  (gen_random_uuid(), 'default-authenticator-totp-setup', 'default-authenticator-totp-setup', 'Set up an authenticator app', 'stage_configuration'),
  (gen_random_uuid(), 'default-authenticator-static-setup', 'default-authenticator-static-setup', 'Recovery codes', 'stage_configuration'),
  (gen_random_uuid(), 'default-authenticator-webauthn-setup', 'default-authenticator-webauthn-setup', 'Add a passkey', 'stage_configuration')
ON CONFLICT (slug) DO NOTHING;
INSERT INTO flow_stage_bindings (id, flow_id, stage_id, "order")
SELECT gen_random_uuid(), f.id, s.id, 10
  FROM flows f JOIN stages s ON s.name = f.slug
 WHERE f.slug IN ('default-authenticator-totp-setup', 'default-authenticator-static-setup', 'default-authenticator-webauthn-setup')
   AND NOT EXISTS (SELECT 1 FROM flow_stage_bindings b WHERE b.flow_id = f.id);

-- An existing install's sign-in gets authenticator_validate (skip when not configured) right
-- after its last password stage, unless it has one already. A fresh install has no flows yet:
-- the first start creates default-authentication-flow with the stage in place.
CREATE TEMP TABLE mfa_target ON COMMIT DROP AS
SELECT f.id AS flow_id, max(b."order") AS password_order
  FROM flows f JOIN flow_stage_bindings b ON b.flow_id = f.id JOIN stages s ON s.id = b.stage_id
 WHERE f.slug = 'default-authentication-flow' AND s.type = 'password'
   AND NOT EXISTS (SELECT 1 FROM flow_stage_bindings vb JOIN stages vs ON vs.id = vb.stage_id WHERE vb.flow_id = f.id AND vs.type = 'authenticator_validate')
 GROUP BY f.id;
INSERT INTO stages (id, name, type, settings)
SELECT gen_random_uuid(), 'default-authentication-mfa-validation', 'authenticator_validate', '{"deviceClasses": ["totp", "webauthn", "static"], "notConfiguredAction": "skip", "configureDeviceClass": "totp"}'
 WHERE EXISTS (SELECT 1 FROM mfa_target)
ON CONFLICT (name) DO NOTHING;
-- Make room after the password stage: (flow, order) is unique, so move the later bindings far
-- out of the way first, then back to ten past where they were.
UPDATE flow_stage_bindings b SET "order" = b."order" + 1000000 FROM mfa_target t WHERE b.flow_id = t.flow_id AND b."order" > t.password_order;
UPDATE flow_stage_bindings b SET "order" = b."order" - 1000000 + 10 FROM mfa_target t WHERE b.flow_id = t.flow_id AND b."order" > t.password_order + 1000000;
INSERT INTO flow_stage_bindings (id, flow_id, stage_id, "order")
SELECT gen_random_uuid(), t.flow_id, s.id, t.password_order + 10
  FROM mfa_target t JOIN stages s ON s.name = 'default-authentication-mfa-validation';
