import fc from "fast-check";
import { describe, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { autocomplete, checkUserQuery, parseQuery } from "../../src/query/index.js";

const DATA = { attributeKeys: ["dept", "a.b"], paths: ["users"], groups: ["eng"], roles: ["admin"] };

/** Query-shaped text: fragments of the language glued together, so the parser gets deep. */
const queryLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "username", "name", "email", "path", "is_active", "type", "attributes.", "attribute.x", "last_login",
        "groups", "roles", "is_superuser", "usrname", "=", "!=", "~", "!~", ">", ">=", "<", "<=", "in", "not",
        "startswith", "endswith", "and", "or", "True", "False", "None", "(", ")", ",", '"', '"x"', '"2025-01-31"',
        '"\\u00', "\\", "-", "1", "-2.5e3", " ", "\n", "\0", "😀", "@",
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(" "));

const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), queryLike);

function onlyQueryErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_REQUEST" && error.queryError !== undefined) {
      const { start, end } = error.queryError;
      if (start <= end && start >= 0) return;
    }
    throw error;
  }
}

describe("no input breaks the query language", () => {
  it("parseQuery and checkUserQuery throw nothing but query errors", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        onlyQueryErrors(() => parseQuery(text));
        onlyQueryErrors(() => checkUserQuery(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("autocomplete never throws, at any cursor", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -2, max: 80 }), (text, cursor) => {
        autocomplete(text, cursor, DATA);
      }),
      { numRuns: 3000 },
    );
  });
});
