-- Dashboards (SPEC §16): rolled-up counters, so that the Overview and User statistics answer in
-- milliseconds at ten million events and a million users instead of counting rows.
--
-- Each counter row is keyed by a `shard`: the writing backend's pid. A counter row is locked
-- from its upsert until its transaction commits, so one shared row per hour and action would
-- queue every concurrent sign-in behind the previous one (and two transactions that record two
-- actions in opposite orders would deadlock). Rows keyed by the backend are never shared by two
-- transactions at once: writers never wait on each other. The hourly clean-up folds the rows of
-- the past into shard 0 (SKIP LOCKED, so it never waits on a writer either); readers sum the
-- shards. Counters follow statement-level triggers over transition tables: one upsert per
-- statement and key, so a bulk COPY costs one aggregate, not a million upserts.

-- Events by UTC hour and action; 30 days are 720 hours summed.
CREATE TABLE event_counts_hourly (
  hour timestamptz NOT NULL,
  action text NOT NULL,
  shard integer NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (hour, action, shard)
);

-- Users by folder, type and active state: totals, folders and types are sums of it.
CREATE TABLE user_counts (
  path text NOT NULL,
  type text NOT NULL,
  is_active boolean NOT NULL,
  shard integer NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (path, type, is_active, shard)
);

-- Users created per UTC day (by date_joined): history, so a deletion does not take one back.
CREATE TABLE user_joins_daily (
  day date NOT NULL,
  shard integer NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (day, shard)
);

CREATE FUNCTION stats_count_inserted_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_counts_hourly AS c (hour, action, shard, count)
  SELECT date_trunc('hour', created_at, 'UTC'), action, pg_backend_pid(), count(*) FROM inserted_events GROUP BY 1, 2
  ON CONFLICT (hour, action, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
CREATE TRIGGER events_stats_insert AFTER INSERT ON events REFERENCING NEW TABLE AS inserted_events
  FOR EACH STATEMENT EXECUTE FUNCTION stats_count_inserted_events();

CREATE FUNCTION stats_count_inserted_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO user_counts AS c (path, type, is_active, shard, count)
  SELECT path, type, is_active, pg_backend_pid(), count(*) FROM inserted_users GROUP BY 1, 2, 3
  ON CONFLICT (path, type, is_active, shard) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO user_joins_daily AS c (day, shard, count)
  SELECT (date_joined AT TIME ZONE 'UTC')::date, pg_backend_pid(), count(*) FROM inserted_users GROUP BY 1
  ON CONFLICT (day, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;

-- Every UPDATE statement of users fires it (a sign-in sets last_login): the old rows count -1 and
-- the new ones +1 per group, and groups that cancel out write nothing.
CREATE FUNCTION stats_count_updated_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO user_counts AS c (path, type, is_active, shard, count)
  SELECT path, type, is_active, pg_backend_pid(), sum(delta)
    FROM (SELECT path, type, is_active, -1 AS delta FROM old_users UNION ALL SELECT path, type, is_active, 1 FROM new_users) d
   GROUP BY 1, 2, 3 HAVING sum(delta) <> 0
  ON CONFLICT (path, type, is_active, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;

CREATE FUNCTION stats_count_deleted_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO user_counts AS c (path, type, is_active, shard, count)
  SELECT path, type, is_active, pg_backend_pid(), -count(*) FROM deleted_users GROUP BY 1, 2, 3
  ON CONFLICT (path, type, is_active, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;

CREATE FUNCTION stats_clear_user_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM user_counts;
  RETURN NULL;
END $$;

CREATE TRIGGER users_stats_insert AFTER INSERT ON users REFERENCING NEW TABLE AS inserted_users
  FOR EACH STATEMENT EXECUTE FUNCTION stats_count_inserted_users();
CREATE TRIGGER users_stats_update AFTER UPDATE ON users REFERENCING OLD TABLE AS old_users NEW TABLE AS new_users
  FOR EACH STATEMENT EXECUTE FUNCTION stats_count_updated_users();
CREATE TRIGGER users_stats_delete AFTER DELETE ON users REFERENCING OLD TABLE AS deleted_users
  FOR EACH STATEMENT EXECUTE FUNCTION stats_count_deleted_users();
CREATE TRIGGER users_stats_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION stats_clear_user_counts();

-- Recount from the rows themselves: the backfill below, and bulk loads that turn the triggers
-- off (the benchmark's seed).
CREATE FUNCTION stats_recount_events() RETURNS void LANGUAGE sql AS $$
  DELETE FROM event_counts_hourly;
  INSERT INTO event_counts_hourly (hour, action, shard, count)
  SELECT date_trunc('hour', created_at, 'UTC'), action, 0, count(*) FROM events GROUP BY 1, 2;
$$;
CREATE FUNCTION stats_recount_users() RETURNS void LANGUAGE sql AS $$
  DELETE FROM user_counts;
  INSERT INTO user_counts (path, type, is_active, shard, count)
  SELECT path, type, is_active, 0, count(*) FROM users GROUP BY 1, 2, 3;
  DELETE FROM user_joins_daily;
  INSERT INTO user_joins_daily (day, shard, count)
  SELECT (date_joined AT TIME ZONE 'UTC')::date, 0, count(*) FROM users GROUP BY 1;
$$;
SELECT stats_recount_events();
SELECT stats_recount_users();

-- A user's own activity (users.activity) is read index-only: what they did from events_user, now
-- carrying the action; what others (or the system) did about them from a partial index holding
-- only such events (a failed sign-in, an admin's change). The events both by and about the user
-- — every sign-in — are in the first alone, so no event is read twice, nor counted twice.
DROP INDEX events_user;
CREATE INDEX events_user ON events (user_id, created_at DESC, id DESC) INCLUDE (action);
CREATE INDEX events_about_user ON events (target_user_id, created_at) INCLUDE (action)
  WHERE target_user_id IS NOT NULL AND user_id IS DISTINCT FROM target_user_id;
