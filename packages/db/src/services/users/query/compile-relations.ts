/**
 * Fields that live in other tables: `groups` (direct membership), `roles` (direct, or through a
 * group or any ancestor of it) and `is_superuser` (in a super-user group or a descendant of one).
 *
 * Both walk the group tree through the one builder of services/groups/group-tree.ts, super-user
 * status through the one super-user tree (services/authorization/superuser-tree.ts). They are
 * written as uncorrelated `u.id IN (WITH RECURSIVE …)`: PostgreSQL walks the group tree once per
 * query (a hashed subplan) instead of once per user row, which a correlated EXISTS would do.
 */
import { type Comparison, textArrayLiteral } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { containsPattern, fragment, not } from "../../../sql-fragment.js";
import { superuserUserIdsQuery } from "../../authorization/superuser-tree.js";
import { groupDescendantsCte } from "../../groups/group-tree.js";
import { scalarOf, stringOf, stringsOf } from "./values.js";

export function compileGroupComparison(comparison: Comparison): SqlFragment {
  const match = nameMatch("g.name", comparison);
  const membership = fragment(
    `EXISTS (SELECT 1 FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id AND ${match.sql})`,
    ...match.params,
  );
  return isNegated(comparison) ? not(membership) : membership;
}

export function compileRoleComparison(comparison: Comparison): SqlFragment {
  const match = nameMatch("r.name", comparison);
  const roleGroups = groupDescendantsCte("role_groups", "rg", "SELECT gr.group_id FROM group_roles gr WHERE gr.role_id IN (SELECT id FROM matched_roles)");
  const holders = fragment(
    `u.id IN (WITH RECURSIVE matched_roles AS (SELECT r.id FROM roles r WHERE ${match.sql}), ${roleGroups}` +
      " SELECT ur.user_id FROM user_roles ur WHERE ur.role_id IN (SELECT id FROM matched_roles)" +
      " UNION SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM role_groups))",
    ...match.params,
  );
  return isNegated(comparison) ? not(holders) : holders;
}

const SUPERUSERS = `u.id IN (${superuserUserIdsQuery})`;

export function compileSuperuserComparison(comparison: Comparison): SqlFragment {
  const value = scalarOf(comparison.value);
  if (value.kind !== "boolean") throw new Error("is_superuser value was not checked.");
  const wantsSuperusers = value.value === (comparison.operator === "=");
  return wantsSuperusers ? fragment(SUPERUSERS) : not(fragment(SUPERUSERS));
}

function isNegated(comparison: Comparison): boolean {
  return comparison.operator === "!=" || comparison.operator === "not in";
}

function nameMatch(column: string, comparison: Comparison): SqlFragment {
  switch (comparison.operator) {
    case "=":
    case "!=":
      return fragment(`${column} = ?`, stringOf(comparison.value));
    case "in":
    case "not in":
      return fragment(`${column} = ANY(?::text[])`, textArrayLiteral(stringsOf(comparison.value)));
    case "~":
      return fragment(`${column} ILIKE ?`, containsPattern(stringOf(comparison.value)));
    default:
      throw new Error(`Operator ${comparison.operator} was not checked for ${column}.`);
  }
}
