-- Usernames sort case-insensitively, and `username startswith` / `email startswith` compare
-- lower-cased text. Both are served by btree indexes in the "C" collation: a LIKE prefix becomes
-- an index range, and the same index gives the list its order, so a page is a short range scan
-- whatever the collation of the database.
DROP INDEX IF EXISTS users_username_ci;
DROP INDEX IF EXISTS users_email_ci;
CREATE INDEX users_username_lower ON users ((lower(username) COLLATE "C"), id);
CREATE INDEX users_email_lower ON users ((lower(email) COLLATE "C"));
CREATE INDEX users_inactive_username_lower ON users ((lower(username) COLLATE "C"), id) WHERE NOT is_active;
DROP INDEX IF EXISTS users_inactive_username;
