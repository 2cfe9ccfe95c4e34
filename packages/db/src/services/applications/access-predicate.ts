/**
 * "User u may access application a" (SPEC §10), written once as SQL and used by every place that
 * asks: My applications, the user page's Applications tab and Check access.
 *
 * - An inactive user never passes.
 * - An application with no enabled binding is open to every active user.
 * - A binding matches when its user is the user, or its group is one of the user's groups or an
 *   ancestor of one (a member of a child group passes a parent group's binding); `negate` inverts it.
 * - Mode `any` needs one passing enabled binding, mode `all` needs every enabled binding to pass.
 *
 * The subject is computed once per statement, in a materialized CTE: the user's row and the ids of
 * every group they are in, directly or through a child group (the same upward walk over
 * `group_parents` as authorization/superuser-tree.ts). Bindings are read through
 * `policy_bindings_enabled`, whose INCLUDE columns are all the predicate tests.
 */

/** The CTE `access_subject` (id, username, is_active, group_ids) of the user given by its one `?` parameter. */
export const accessSubjectCte = `access_subject AS MATERIALIZED (
  SELECT u.id, u.username, u.is_active, ARRAY(
    WITH RECURSIVE user_groups (group_id) AS (
      SELECT gu.group_id FROM group_users gu WHERE gu.user_id = u.id
      UNION
      SELECT gp.parent_id FROM user_groups ug JOIN group_parents gp ON gp.group_id = ug.group_id
    )
    SELECT group_id FROM user_groups
  ) AS group_ids
  FROM users u WHERE u.id = ?
)`;

/** Whether binding `binding` names the subject `subject` (by user, or by one of its groups). Never null. */
export function bindingMatches(binding: string, subject = "s"): string {
  return `((${binding}.user_id IS NOT NULL AND ${binding}.user_id = ${subject}.id) OR (${binding}.group_id IS NOT NULL AND ${binding}.group_id = ANY(${subject}.group_ids)))`;
}

/** Whether binding `binding` passes for the subject: its match, inverted by `negate`. */
export function bindingPasses(binding: string, subject = "s"): string {
  return `(${bindingMatches(binding, subject)} <> ${binding}.negate)`;
}

/** The predicate: subject `subject` (a row of access_subject) may access application `application`. */
export function mayAccess(application: string, subject = "s"): string {
  const enabledOf = `FROM policy_bindings pb WHERE pb.application_id = ${application}.id AND pb.enabled`;
  return `(${subject}.is_active AND CASE ${application}.policy_engine_mode
    WHEN 'all' THEN NOT EXISTS (SELECT 1 ${enabledOf} AND NOT ${bindingPasses("pb", subject)})
    ELSE NOT EXISTS (SELECT 1 ${enabledOf}) OR EXISTS (SELECT 1 ${enabledOf} AND ${bindingPasses("pb", subject)})
  END)`;
}
