-- Contains, endswith and plain search on username, name and email compile to
-- `lower(field) LIKE lower(pattern)`, which is what ILIKE does, and each field's trigram index is
-- rebuilt on lower(field) to serve it. A Users list page walks users_username_lower in order and
-- filters on the username, name and email it carries (v9): written this way the pattern is
-- lower-cased once per statement, not once per row and field (1.7 ms for a first page of
-- "nguyen" at a million users, against 3-4 ms for three ILIKEs), and a rare term is one BitmapOr
-- of the three indexes. The index over the three fields joined is no longer used: dropped, it
-- saves a quarter of the GIN upkeep of every user write, 64 MB and 9 s of CPU per million users.
--
-- The planner estimates `LIKE '%term%'` from the share of histogram bounds holding the term: at
-- the default 100 bounds an estimate moves in 1% steps, and a term in under 2% of the users often
-- finds no bound, is taken for a hundred rows, and is read through the trigram index and sorted
-- (80 ms for email ~ "garcia") instead of walked in list order (1 ms). Each index's expression
-- gets 300 bounds, and a plain search collapses only if all three fields' estimates do.
DROP INDEX users_search_trgm;
DROP INDEX users_username_trgm;
DROP INDEX users_name_trgm;
DROP INDEX users_email_trgm;
CREATE INDEX users_username_trgm ON users USING gin (lower(username) gin_trgm_ops);
CREATE INDEX users_name_trgm ON users USING gin (lower(name) gin_trgm_ops);
CREATE INDEX users_email_trgm ON users USING gin (lower(email) gin_trgm_ops);
ALTER INDEX users_username_trgm ALTER COLUMN 1 SET STATISTICS 300;
ALTER INDEX users_name_trgm ALTER COLUMN 1 SET STATISTICS 300;
ALTER INDEX users_email_trgm ALTER COLUMN 1 SET STATISTICS 300;
