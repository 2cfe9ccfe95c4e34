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
 * every group they are in, directly or through a child group (groups/group-tree.ts's upward
 * walk). Bindings are read through `policy_bindings_enabled`, whose INCLUDE columns are all the
 * predicate tests.
 */
import { groupAncestorsCte } from "../groups/group-tree.js";

/** The CTE `access_subject` (id, username, is_active, group_ids) of the user given by its one `?` parameter; `mayAccess` reads it as `s`. */
export const accessSubjectCte = `access_subject AS MATERIALIZED (
  SELECT u.id, u.username, u.is_active, ARRAY(
    WITH RECURSIVE ${groupAncestorsCte("user_groups", "ug", "SELECT gu.group_id FROM group_users gu WHERE gu.user_id = u.id")}
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

/**
 * The predicate: the subject (the one row of access_subject, as `s`) may access application
 * `application`. Mode `any` is written so that most applications are decided from sets computed
 * once per statement rather than by reading each one's bindings — it passes when it is open (no
 * enabled binding: one index probe), or has a plain binding that matches (the subject's bindings,
 * found by user and group), or a negated binding that does not (the few negated bindings, read
 * once). Mode `all` reads an application's bindings until the first that fails.
 */
export function mayAccess(application: string): string {
  const enabledOf = `FROM policy_bindings pb WHERE pb.application_id = ${application}.id AND pb.enabled`;
  const passes = bindingPasses("pb", "s");
  return `(s.is_active AND CASE ${application}.policy_engine_mode
    WHEN 'all' THEN NOT EXISTS (SELECT 1 ${enabledOf} AND NOT ${passes})
    ELSE (SELECT 1 ${enabledOf} LIMIT 1) IS NULL
      OR ${application}.id IN (SELECT pm.application_id FROM access_subject sm JOIN policy_bindings pm ON ${bindingMatches("pm", "sm")} WHERE pm.enabled AND NOT pm.negate)
      OR ${application}.id IN (SELECT pn.application_id FROM access_subject sn JOIN policy_bindings pn ON pn.enabled AND pn.negate WHERE NOT ${bindingMatches("pn", "sn")})
  END)`;
}
