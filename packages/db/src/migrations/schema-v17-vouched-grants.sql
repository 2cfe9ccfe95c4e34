-- Trust II: configuration that places users in groups names them by id and remembers who set it.
-- A stage's settings are vouched for by whoever last set them (NULL: the system, which vouches for
-- nothing: such a stage's groups may confer neither super-user nor roles until an admin saves it).
ALTER TABLE stages ADD COLUMN configured_by_id uuid NULL REFERENCES users (id) ON DELETE SET NULL;

-- Group names become ids, so that renaming a group (a super-user group given the name an
-- invitation holds, say) changes nothing they grant. A name that matches no group granted nothing
-- and is dropped.
UPDATE stages SET settings = jsonb_set(settings, '{createUsersGroups}', coalesce(
    (SELECT jsonb_agg(g.id::text ORDER BY r.position)
       FROM jsonb_array_elements_text(settings -> 'createUsersGroups') WITH ORDINALITY AS r(name, position)
       JOIN groups g ON g.name = r.name), '[]'::jsonb))
 WHERE jsonb_typeof(settings -> 'createUsersGroups') = 'array';

UPDATE invitations SET fixed_data = jsonb_set(fixed_data, '{groups}', coalesce(
    (SELECT jsonb_agg(g.id::text ORDER BY r.position)
       FROM jsonb_array_elements_text(fixed_data -> 'groups') WITH ORDINALITY AS r(name, position)
       JOIN groups g ON g.name = r.name), '[]'::jsonb))
 WHERE jsonb_typeof(fixed_data -> 'groups') = 'array';
