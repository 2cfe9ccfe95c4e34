import { describe, expect, it } from "vitest";
import type { AutocompleteData } from "../../src/query/index.js";
import { attributeKeyAt, autocomplete, MAX_SUGGESTIONS } from "../../src/query/index.js";

const DATA: AutocompleteData = {
  attributeKeys: ["department", "employee-id", "has space", "department", "team.lead", "2fa", "bad..path"],
  paths: ["users", "users/eng", 'odd "path"'],
  groups: ["eng", "ops"],
  roles: ["admin", "viewer"],
};

/** `kind:insert@start-end` for each suggestion, in order. */
function suggest(text: string, cursor = text.length, data: AutocompleteData = DATA): string[] {
  return autocomplete(text, cursor, data).suggestions.map(
    (suggestion) => `${suggestion.kind}:${suggestion.insert}@${suggestion.replace.start}-${suggestion.replace.end}`,
  );
}

const ALL_FIELDS = [
  "username",
  "name",
  "email",
  "path",
  "is_active",
  "type",
  "last_login",
  "date_joined",
  "last_updated",
  "groups",
  "roles",
  "is_superuser",
  "attributes.department",
  "attributes.employee-id",
  "attributes.team.lead",
  "attributes.2fa",
];

describe("autocomplete fields", () => {
  it("offers every field and known attribute key on empty input", () => {
    expect(suggest("")).toEqual(ALL_FIELDS.map((field) => `field:${field}@0-0`));
  });

  it("filters fields by the typed prefix, ignoring case, and replaces the typed word", () => {
    expect(suggest("us")).toEqual(["field:username@0-2"]);
    expect(suggest("LAST_")).toEqual(["field:last_login@0-5", "field:last_updated@0-5"]);
    expect(suggest("attr")).toEqual([
      "field:attributes.department@0-4",
      "field:attributes.employee-id@0-4",
      "field:attributes.team.lead@0-4",
      "field:attributes.2fa@0-4",
    ]);
    expect(suggest("attributes.t")).toEqual(["field:attributes.team.lead@0-12"]);
    expect(suggest("attribute.em")).toEqual(["field:attributes.employee-id@0-12"]);
  });

  it("replaces the whole word under the cursor, filtered by the part before it", () => {
    expect(suggest('usxx = "a"', 2)).toEqual(["field:username@0-4"]);
  });

  it("offers fields after and, or and an opening parenthesis", () => {
    expect(suggest('username = "a" and gr')).toEqual(["field:groups@19-21"]);
    expect(suggest('(username = "a" or (ro')).toEqual(["field:roles@20-22"]);
  });

  it("describes each field", () => {
    expect(autocomplete("is_a", 4, DATA).suggestions).toEqual([
      { label: "is_active", insert: "is_active", kind: "field", detail: "True or False", replace: { start: 0, end: 4 } },
    ]);
  });
});

describe("autocomplete operators", () => {
  it("offers the operators valid for the field", () => {
    expect(suggest("is_active ")).toEqual(["operator:=@10-10", "operator:!=@10-10"]);
    expect(suggest("groups ")).toEqual([
      "operator:=@7-7",
      "operator:!=@7-7",
      "operator:~@7-7",
      "operator:in@7-7",
      "operator:not in@7-7",
    ]);
  });

  it("filters operators by what is typed", () => {
    expect(suggest("username !")).toEqual(["operator:!=@9-10", "operator:!~@9-10"]);
    expect(suggest("username st")).toEqual(["operator:startswith@9-11"]);
    expect(suggest("attributes.level >")).toEqual(["operator:>@17-18", "operator:>=@17-18"]);
  });

  it("completes the word after not", () => {
    expect(suggest("email not ")).toEqual(["operator:startswith@10-10", "operator:endswith@10-10", "operator:in@10-10"]);
    expect(suggest("type not ")).toEqual(["operator:in@9-9"]);
  });

  it("offers nothing after an unknown field", () => {
    expect(suggest("usrname ")).toEqual([]);
  });
});

describe("autocomplete values", () => {
  it("offers True and False for booleans", () => {
    expect(suggest("is_active = ")).toEqual(["value:True@12-12", "value:False@12-12"]);
    expect(suggest("is_superuser != F")).toEqual(["value:False@16-17"]);
  });

  it("offers None where a field can be empty", () => {
    expect(suggest("name = ")).toEqual(["value:None@7-7"]);
    expect(suggest("last_login != ")).toEqual(["value:None@14-14"]);
    expect(suggest("name ~ ")).toEqual([]);
  });

  it("offers the type choices, quoted", () => {
    expect(suggest('type = "s')).toEqual(['value:"service_account"@7-9']);
    expect(suggest("type = ")).toEqual([
      'value:"internal"@7-7',
      'value:"external"@7-7',
      'value:"service_account"@7-7',
      'value:"internal_service_account"@7-7',
    ]);
  });

  it("offers existing paths, quoted and escaped", () => {
    expect(suggest("path startswith ")).toEqual([
      'value:"users"@16-16',
      'value:"users/eng"@16-16',
      'value:"odd \\"path\\""@16-16',
    ]);
    expect(suggest('path = "users/')).toEqual(['value:"users/eng"@7-14']);
  });

  it("offers group and role names, matching with or without the opening quote", () => {
    expect(suggest('groups = "e')).toEqual(['value:"eng"@9-11']);
    expect(suggest("roles = vi")).toEqual(['value:"viewer"@8-10']);
  });

  it("opens a list after in, and offers items inside it", () => {
    expect(suggest("groups in ")).toEqual(['value:("eng")@10-10', 'value:("ops")@10-10']);
    expect(suggest('groups not in ("eng", o')).toEqual(['value:"ops"@22-23']);
  });

  it("offers True, False and None for attributes compared with = or !=", () => {
    expect(suggest("attributes.department = ")).toEqual(["value:True@24-24", "value:False@24-24", "value:None@24-24"]);
  });

  it("offers the values seen for an attribute instead of True and False when none is a boolean", () => {
    const seen: AutocompleteData = { ...DATA, attributeValues: ["sales", "engineering", 42, "sales"] };
    expect(suggest("attributes.department = ", undefined, seen)).toEqual(["value:None@24-24", "value:42@24-24", 'value:"engineering"@24-24', 'value:"sales"@24-24']);
    expect(suggest('attributes.department = "eng', undefined, seen)).toEqual(['value:"engineering"@24-28']);
    expect(suggest("attributes.department in ", undefined, seen)).toEqual(["value:(42)@25-25", 'value:("engineering")@25-25', 'value:("sales")@25-25']);
    const flags: AutocompleteData = { ...DATA, attributeValues: [true, "maybe"] };
    expect(suggest("attributes.vip = ", undefined, flags)).toEqual(["value:True@17-17", "value:False@17-17", "value:None@17-17", 'value:"maybe"@17-17']);
  });

  it("tells which attribute key the cursor is at a value of", () => {
    expect(attributeKeyAt("attributes.team.lead = ", 23)).toEqual(["team", "lead"]);
    expect(attributeKeyAt('is_active = True and attribute.dept in ("a", ', 45)).toEqual(["dept"]);
    expect(attributeKeyAt("attributes.dept", 15)).toBeNull();
    expect(attributeKeyAt("name = ", 7)).toBeNull();
    expect(attributeKeyAt("attributes = ", 13)).toBeNull();
  });

  it("replaces a whole string under the cursor", () => {
    expect(suggest('groups = "opx" and', 12)).toEqual(['value:"ops"@9-14']);
  });
});

describe("autocomplete after a comparison", () => {
  it("offers and and or", () => {
    expect(suggest('username = "a" ')).toEqual(["keyword:and@15-15", "keyword:or@15-15"]);
    expect(suggest('(username = "a") o')).toEqual(["keyword:or@17-18"]);
    expect(suggest('username in ("a", "b") ')).toEqual(["keyword:and@23-23", "keyword:or@23-23"]);
  });
});

describe("autocomplete on odd input", () => {
  it.each([
    ['username = "a" xyz ', 19],
    ["= = =", 5],
    ['"unterminated', 13],
    ["@@@", 2],
    ["username = (", 12],
    ["username in (", 13],
  ])("offers nothing where nothing fits: %j", (text, cursor) => {
    expect(suggest(text, cursor)).toEqual([]);
  });

  it("clamps a cursor outside the text", () => {
    expect(suggest("us", 99)).toEqual(["field:username@0-2"]);
    expect(suggest("us", -5)).toEqual(ALL_FIELDS.map((field) => `field:${field}@0-0`));
    expect(suggest("us", Number.NaN)).toEqual(["field:username@0-2"]);
  });

  it("returns at most MAX_SUGGESTIONS", () => {
    const many = { ...DATA, groups: Array.from({ length: 200 }, (_, index) => `g${index}`) };
    expect(suggest("groups = ", 9, many)).toHaveLength(MAX_SUGGESTIONS);
  });
});
