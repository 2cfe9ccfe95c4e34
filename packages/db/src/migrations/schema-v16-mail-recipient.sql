-- The user an outgoing email is for, when it is one (a recovery email; an invitation goes to
-- someone who has no account yet): its email_sent / email_failed events name that user, so
-- Logs and the User events tab link to them. A deleted user leaves the message without one.
ALTER TABLE mail_messages ADD COLUMN user_id uuid NULL REFERENCES users (id) ON DELETE SET NULL;
