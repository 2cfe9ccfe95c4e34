-- Plain search matches each term against username, name and email at once: one trigram index on
-- the three joined by spaces (a term has no space, so it still matches inside one field).
CREATE INDEX users_search_trgm ON users USING gin ((username || ' ' || name || ' ' || email) gin_trgm_ops);
