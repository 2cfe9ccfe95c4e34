import { describe, expect, it } from "vitest";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

function compiled(text: string): [string, unknown[]] {
  const { sql, params } = compileUserQuery(text);
  return [sql, params];
}

const NUMBER_TEST = (operator: string) =>
  `CASE WHEN jsonb_typeof(u.attributes #> ?::text[]) = 'number' THEN (u.attributes #>> ?::text[])::numeric ${operator} ?::numeric ELSE false END`;

describe("compileUserQuery on attributes", () => {
  it.each([
    ['attributes.dept = "eng"', "u.attributes @> ?::jsonb", ['{"dept":"eng"}']],
    ['attributes.team.lead = "bob"', "u.attributes @> ?::jsonb", ['{"team":{"lead":"bob"}}']],
    ['attribute.team.lead = "bob"', "u.attributes @> ?::jsonb", ['{"team":{"lead":"bob"}}']],
    ["attributes.level = 5", "u.attributes @> ?::jsonb", ['{"level":5}']],
    ["attributes.level = -2.5", "u.attributes @> ?::jsonb", ['{"level":-2.5}']],
    ["attributes.vip = True", "u.attributes @> ?::jsonb", ['{"vip":true}']],
    ["attributes.vip != False", "NOT (u.attributes @> ?::jsonb)", ['{"vip":false}']],
    ['attributes.dept != "eng"', "NOT (u.attributes @> ?::jsonb)", ['{"dept":"eng"}']],
    ["attributes.dept = None", "((u.attributes #> ?::text[]) IS NULL OR u.attributes @> ?::jsonb)", ['{"dept"}', '{"dept":null}']],
    ["attributes.dept != None", "NOT (((u.attributes #> ?::text[]) IS NULL OR u.attributes @> ?::jsonb))", ['{"dept"}', '{"dept":null}']],
    ['attributes.dept ~ "En"', "(u.attributes #>> ?::text[]) ILIKE ?", ['{"dept"}', "%En%"]],
    ['attributes.dept !~ "En"', "NOT coalesce((u.attributes #>> ?::text[]) ILIKE ?, false)", ['{"dept"}', "%En%"]],
    ['attributes.a.b startswith "x_"', "(u.attributes #>> ?::text[]) ILIKE ?", ['{"a","b"}', "x\\_%"]],
    ['attributes.dept not startswith "e"', "NOT coalesce((u.attributes #>> ?::text[]) ILIKE ?, false)", ['{"dept"}', "e%"]],
    ['attributes.dept endswith "g"', "(u.attributes #>> ?::text[]) ILIKE ?", ['{"dept"}', "%g"]],
    ['attributes.dept not endswith "g"', "NOT coalesce((u.attributes #>> ?::text[]) ILIKE ?, false)", ['{"dept"}', "%g"]],
    ["attributes.level > 3", NUMBER_TEST(">"), ['{"level"}', '{"level"}', "3"]],
    ["attributes.level >= 3.50", NUMBER_TEST(">="), ['{"level"}', '{"level"}', "3.50"]],
    ["attributes.level < -1", NUMBER_TEST("<"), ['{"level"}', '{"level"}', "-1"]],
    ["attributes.level <= 1e3", NUMBER_TEST("<="), ['{"level"}', '{"level"}', "1e3"]],
    [
      'attributes.dept in ("eng", 5, None)',
      "(u.attributes @> ?::jsonb OR u.attributes @> ?::jsonb OR ((u.attributes #> ?::text[]) IS NULL OR u.attributes @> ?::jsonb))",
      ['{"dept":"eng"}', '{"dept":5}', '{"dept"}', '{"dept":null}'],
    ],
    ['attributes.dept in ("eng")', "u.attributes @> ?::jsonb", ['{"dept":"eng"}']],
    ['attributes.dept not in ("eng", "ops")', "NOT ((u.attributes @> ?::jsonb OR u.attributes @> ?::jsonb))", ['{"dept":"eng"}', '{"dept":"ops"}']],
  ])("compiles %s", (text, sql, params) => {
    expect(compiled(text)).toEqual([sql, params]);
  });

  it("never emits a jsonb ? operator, which knex would take for a placeholder", () => {
    const { sql, params } = compileUserQuery('attributes.a = "x" or attributes.b ~ "y" or attributes.c > 1 or attributes.d = None');
    expect(sql.split("?").length - 1).toBe(params.length);
    expect(sql).not.toMatch(/\?[|&]|\?\?/);
  });

  it("keeps odd keys as data: quotes and JSON characters only reach the parameters", () => {
    expect(compiled('attributes.__proto__ = "x"')).toEqual(["u.attributes @> ?::jsonb", ['{"__proto__":"x"}']]);
    expect(compiled('attributes.a = "\\"}"')).toEqual(["u.attributes @> ?::jsonb", ['{"a":"\\"}"}']]);
  });
});
