/** How roles are read: counts of grants and direct assignments in the same statement. */
export const roleColumns = `r.id, r.name,
  (SELECT count(*)::int FROM role_permissions rp WHERE rp.role_id = r.id) AS "permissionCount",
  (SELECT count(*)::int FROM user_roles ur WHERE ur.role_id = r.id) AS "userCount",
  (SELECT count(*)::int FROM group_roles gr WHERE gr.role_id = r.id) AS "groupCount"`;
