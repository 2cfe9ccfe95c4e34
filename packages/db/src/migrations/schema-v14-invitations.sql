-- Invitations and enrollment (SPEC §15). An invitation's link carries a 256-bit key stored only as
-- its SHA-256 in invitation_keys: the admin's link (replaced by "New link") and each emailed key
-- are separate rows, so emailing an invitation never breaks a link already handed out. A
-- single-use invitation is consumed (used_at, used_by_id) in the transaction that creates the user.
CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  flow_id uuid NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
  expires timestamptz NULL,
  single_use boolean NOT NULL DEFAULT true,
  fixed_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  notify_creator boolean NOT NULL DEFAULT true,
  created_by_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
  -- Who last set the fixed data (the creator, or an admin who changed it): enrollment checks the
  -- groups against this user's rights at the time of use (SPEC §9).
  fixed_data_by_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_by_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
  used_at timestamptz NULL,
  CONSTRAINT invitations_name_key UNIQUE (name)
);
CREATE INDEX invitations_flow ON invitations (flow_id);

CREATE TABLE invitation_keys (
  key_hash text PRIMARY KEY,
  invitation_id uuid NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('link', 'email')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitation_keys_invitation ON invitation_keys (invitation_id);

ALTER TABLE brands ADD COLUMN flow_enrollment_id uuid NULL REFERENCES flows (id) ON DELETE SET NULL;

-- default-enrollment-flow, as packages/db/blueprints/default-enrollment-flow.yaml describes it
-- (a test compares the two), for fresh and existing installs alike; left alone if a flow or
-- stage by these names exists already.
DO $$
DECLARE
  flow uuid := gen_random_uuid();
  names text[] := ARRAY['default-enrollment-invitation', 'default-enrollment-prompt', 'default-enrollment-user-write', 'default-enrollment-login'];
  types text[] := ARRAY['invitation', 'prompt', 'user_write', 'user_login'];
  settings jsonb[] := ARRAY[
    '{"continueWithoutInvitation": false}'::jsonb,
    '{"fields": [
       {"name": "username", "label": "Username", "type": "text", "required": true},
       {"name": "name", "label": "Name", "type": "text", "required": false},
       {"name": "email", "label": "Email", "type": "email", "required": true},
       {"name": "password", "label": "Password", "type": "password", "required": true},
       {"name": "password_repeat", "label": "Repeat the password", "type": "password", "required": true}]}'::jsonb,
    '{"userCreationMode": "always_create", "userType": "internal", "userPathTemplate": "", "createUsersAsInactive": false, "createUsersGroups": []}'::jsonb,
    '{}'::jsonb];
  stage uuid;
BEGIN
  IF EXISTS (SELECT 1 FROM flows WHERE slug = 'default-enrollment-flow') OR EXISTS (SELECT 1 FROM stages WHERE name = ANY (names)) THEN
    RETURN;
  END IF;
  INSERT INTO flows (id, slug, name, title, designation) VALUES (flow, 'default-enrollment-flow', 'Default enrollment flow', 'Create your account', 'enrollment');
  FOR i IN 1 .. 4 LOOP
    stage := gen_random_uuid();
    INSERT INTO stages (id, name, type, settings) VALUES (stage, names[i], types[i], settings[i]);
    INSERT INTO flow_stage_bindings (id, flow_id, stage_id, "order") VALUES (gen_random_uuid(), flow, stage, i * 10);
  END LOOP;
END $$;
