/** The compiler over any input the checks let through: no crash, and one parameter per `?`. */
import fc from "fast-check";
import { describe, it } from "vitest";
import { AppError, OPERATOR_DESCRIPTIONS, userFields } from "@roster/core";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

/** Comparisons built from the catalog itself, joined by and/or, with values of every kind. */
const value = fc.oneof(
  fc.string({ maxLength: 8 }).map((text) => JSON.stringify(text)),
  fc.constantFrom("True", "False", "None", "1", "-2.5e3", '"2025-01-31"', '"2025-01-31T10:00:00Z"', '("a", "b")', "(1, None)"),
);
const field = fc.oneof(fc.constantFrom(...userFields.map((definition) => definition.name)), fc.constantFrom("attributes.dept", "attribute.a.b"));
const comparison = fc.tuple(field, fc.constantFrom(...Object.keys(OPERATOR_DESCRIPTIONS)), value).map((parts) => parts.join(" "));
const query = fc.array(comparison, { minLength: 1, maxLength: 6 }).chain((parts) =>
  fc.array(fc.constantFrom(" and ", " or "), { minLength: parts.length - 1, maxLength: parts.length - 1 }).map((joins) =>
    parts.reduce((text, part, index) => (index === 0 ? part : `${text}${joins[index - 1] ?? " and "}${part}`), ""),
  ),
);
const anyText = fc.oneof(query, fc.string({ maxLength: 40 }));

function compiledOrQueryError(text: string): { sql: string; params: unknown[] } | null {
  try {
    return compileUserQuery(text);
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_REQUEST" && error.queryError !== undefined) return null;
    throw error;
  }
}

describe("no checked query breaks the compiler", () => {
  it("compiled SQL has exactly one parameter per placeholder", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const compiled = compiledOrQueryError(text);
        if (compiled && compiled.sql.split("?").length - 1 !== compiled.params.length) throw new Error(`Placeholder count differs for ${text}`);
      }),
      { numRuns: 3000 },
    );
  });
});
