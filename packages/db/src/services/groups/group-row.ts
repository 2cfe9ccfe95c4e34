/**
 * How groups are read: one statement for any number of groups, with their parents, roles and
 * member counts aggregated per row (no query per group).
 */
import type { TGroup } from "@roster/core";

export const groupColumns = `g.id, g.name, g.is_superuser AS "isSuperuser", g.attributes,
  coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
              FROM group_parents gp JOIN groups p ON p.id = gp.parent_id WHERE gp.group_id = g.id), '[]'::json) AS parents,
  coalesce((SELECT json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r.name)
              FROM group_roles gr JOIN roles r ON r.id = gr.role_id WHERE gr.group_id = g.id), '[]'::json) AS roles,
  (SELECT count(*)::int FROM group_users gu WHERE gu.group_id = g.id) AS "memberCount",
  (SELECT count(*)::int FROM group_parents gc WHERE gc.parent_id = g.id) AS "childCount"`;

export type GroupRow = TGroup;
