/**
 * The group tree's two walks, written once as recursive CTE builders: up from some groups to
 * all their ancestors, and down from some groups to all their descendants. Every query that
 * follows `group_parents` builds on these (super-users, permissions, grants, cycles, the
 * `roles` field of the query language).
 *
 * `seed` is a SELECT of group ids; `alias` names the CTE where it joins itself.
 */

/** `name (group_id)`: the seed's groups and every ancestor of them. */
export function groupAncestorsCte(name: string, alias: string, seed: string): string {
  return `${name} (group_id) AS (${seed} UNION SELECT gp.parent_id FROM group_parents gp JOIN ${name} ${alias} ON gp.group_id = ${alias}.group_id)`;
}

/** `name (id)`: the seed's groups and every descendant of them. */
export function groupDescendantsCte(name: string, alias: string, seed: string): string {
  return `${name} (id) AS (${seed} UNION SELECT gp.group_id FROM group_parents gp JOIN ${name} ${alias} ON gp.parent_id = ${alias}.id)`;
}

/**
 * `name (origin, group_id)`: the seed's groups (`SELECT group_id`) and every ancestor of each,
 * with the seed group it was reached from — to say through which of a user's groups a binding
 * applies.
 */
export function groupAncestorsByOriginCte(name: string, seed: string): string {
  return `${name} (origin, group_id) AS (SELECT s.group_id, s.group_id FROM (${seed}) s UNION SELECT r.origin, gp.parent_id FROM ${name} r JOIN group_parents gp ON gp.group_id = r.group_id)`;
}

/**
 * `name (group_id, path, seen)`: the seed's groups (`SELECT g.id, g.name`) and every ancestor, each
 * row one path up the tree as a jsonb array of `{id, name}`, the seed group first — to name the
 * groups an inherited role comes through. A cycle (never stored, but read defensively) ends a path.
 */
export function groupAncestorPathsCte(name: string, seed: string): string {
  return `${name} AS (
       SELECT s.id AS group_id, jsonb_build_array(jsonb_build_object('id', s.id, 'name', s.name)) AS path, ARRAY[s.id] AS seen FROM (${seed}) s
       UNION ALL
       SELECT p.id, c.path || jsonb_build_object('id', p.id, 'name', p.name), c.seen || p.id
         FROM ${name} c JOIN group_parents gp ON gp.group_id = c.group_id JOIN groups p ON p.id = gp.parent_id
        WHERE NOT p.id = ANY(c.seen)
     )`;
}
