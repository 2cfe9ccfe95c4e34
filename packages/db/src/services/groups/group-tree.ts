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
