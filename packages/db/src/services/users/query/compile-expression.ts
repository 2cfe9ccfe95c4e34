/** Compiles a checked query tree into one parametrised SQL boolean over the users table `u`. */
import type { Comparison, QueryExpression } from "@roster/core";
import type { SqlFragment } from "../../../sql-fragment.js";
import { compileAttributeComparison } from "./compile-attributes.js";
import { compileDateComparison } from "./compile-dates.js";
import { compileGroupComparison, compileRoleComparison, compileSuperuserComparison } from "./compile-relations.js";
import { compileTextComparison } from "./compile-text.js";
import { fragment, joinFragments } from "../../../sql-fragment.js";
import { userColumns } from "./user-columns.js";
import { scalarOf } from "./values.js";

export function compileExpression(expression: QueryExpression): SqlFragment {
  if (expression.type === "comparison") return compileComparison(expression);
  return joinFragments(expression.operands.map(compileExpression), expression.type === "and" ? "AND" : "OR");
}

function compileComparison(comparison: Comparison): SqlFragment {
  const { definition } = comparison.field;
  if (definition.name === "groups") return compileGroupComparison(comparison);
  if (definition.name === "roles") return compileRoleComparison(comparison);
  if (definition.name === "is_superuser") return compileSuperuserComparison(comparison);
  const users = userColumns[definition.name];
  if (users === undefined) throw new Error(`Field ${definition.name} has no column.`);
  const { column } = users;
  switch (definition.kind) {
    case "string":
    case "choice":
      return compileTextComparison(column, comparison);
    case "date":
      return compileDateComparison(users, comparison);
    case "json":
      return compileAttributeComparison(comparison);
    case "boolean":
      return compileBooleanComparison(column, comparison);
    case "relation":
      throw new Error(`Relation field ${definition.name} has no compiler.`);
  }
}

function compileBooleanComparison(column: string, comparison: Comparison): SqlFragment {
  const value = scalarOf(comparison.value);
  if (value.kind !== "boolean") throw new Error(`${column} value was not checked.`);
  return fragment(comparison.operator === "=" ? `${column} = ?` : `${column} <> ?`, value.value);
}
