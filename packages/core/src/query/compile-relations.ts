/**
 * Fields that live in other tables: `groups` (direct membership), `roles` (direct, or through a
 * group or any ancestor of it) and `is_superuser` (in a super-user group or a descendant of one).
 *
 * Roles and super-user status are written as uncorrelated `u.id IN (WITH RECURSIVE …)`: PostgreSQL
 * walks the group tree once per query (a hashed subplan) instead of once per user row, which a
 * correlated EXISTS would do.
 */
import type { Comparison } from "./ast.js";
import type { SqlFragment } from "./sql.js";
import { containsPattern, not, sql, textArrayLiteral } from "./sql.js";
import { scalarOf, stringOf, stringsOf } from "./values.js";

export function compileGroupComparison(comparison: Comparison): SqlFragment {
  const match = nameMatch("g.name", comparison);
  const membership = sql(
    `EXISTS (SELECT 1 FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id AND ${match.sql})`,
    ...match.params,
  );
  return isNegated(comparison) ? not(membership) : membership;
}

export function compileRoleComparison(comparison: Comparison): SqlFragment {
  const match = nameMatch("r.name", comparison);
  const holders = sql(
    "u.id IN (WITH RECURSIVE matched_roles AS (SELECT r.id FROM roles r WHERE " +
      match.sql +
      "), role_groups (id) AS (SELECT gr.group_id FROM group_roles gr WHERE gr.role_id IN (SELECT id FROM matched_roles)" +
      " UNION SELECT gp.group_id FROM group_parents gp JOIN role_groups rg ON gp.parent_id = rg.id)" +
      " SELECT ur.user_id FROM user_roles ur WHERE ur.role_id IN (SELECT id FROM matched_roles)" +
      " UNION SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM role_groups))",
    ...match.params,
  );
  return isNegated(comparison) ? not(holders) : holders;
}

const SUPERUSERS =
  "u.id IN (WITH RECURSIVE superuser_groups (id) AS (SELECT g.id FROM groups g WHERE g.is_superuser" +
  " UNION SELECT gp.group_id FROM group_parents gp JOIN superuser_groups sg ON gp.parent_id = sg.id)" +
  " SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM superuser_groups))";

export function compileSuperuserComparison(comparison: Comparison): SqlFragment {
  const value = scalarOf(comparison.value);
  if (value.kind !== "boolean") throw new Error("is_superuser value was not checked.");
  const wantsSuperusers = value.value === (comparison.operator === "=");
  return wantsSuperusers ? sql(SUPERUSERS) : not(sql(SUPERUSERS));
}

function isNegated(comparison: Comparison): boolean {
  return comparison.operator === "!=" || comparison.operator === "not in";
}

function nameMatch(column: string, comparison: Comparison): SqlFragment {
  switch (comparison.operator) {
    case "=":
    case "!=":
      return sql(`${column} = ?`, stringOf(comparison.value));
    case "in":
    case "not in":
      return sql(`${column} = ANY(?::text[])`, textArrayLiteral(stringsOf(comparison.value)));
    case "~":
      return sql(`${column} ILIKE ?`, containsPattern(stringOf(comparison.value)));
    default:
      throw new Error(`Operator ${comparison.operator} was not checked for ${column}.`);
  }
}
