import { describe, expect, it } from "vitest";
import { compileUserQuery } from "../../src/services/users/query/compile-user-query.js";

function compiled(text: string): [string, unknown[]] {
  const { sql, params } = compileUserQuery(text);
  return [sql, params];
}

const IN_GROUP = (condition: string) =>
  `EXISTS (SELECT 1 FROM group_users gu JOIN groups g ON g.id = gu.group_id WHERE gu.user_id = u.id AND ${condition})`;

const HAS_ROLE = (condition: string) =>
  `u.id IN (WITH RECURSIVE matched_roles AS (SELECT r.id FROM roles r WHERE ${condition}), ` +
  "role_groups (id) AS (SELECT gr.group_id FROM group_roles gr WHERE gr.role_id IN (SELECT id FROM matched_roles) " +
  "UNION SELECT gp.group_id FROM group_parents gp JOIN role_groups rg ON gp.parent_id = rg.id) " +
  "SELECT ur.user_id FROM user_roles ur WHERE ur.role_id IN (SELECT id FROM matched_roles) " +
  "UNION SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM role_groups))";

const SUPERUSER =
  "u.id IN (WITH RECURSIVE superuser_groups (id) AS (SELECT g.id FROM groups g WHERE g.is_superuser " +
  "UNION SELECT gp.group_id FROM group_parents gp JOIN superuser_groups sg ON gp.parent_id = sg.id) " +
  "SELECT gu.user_id FROM group_users gu WHERE gu.group_id IN (SELECT id FROM superuser_groups))";

describe("compileUserQuery on groups, roles and is_superuser", () => {
  it.each([
    ['groups = "eng"', IN_GROUP("g.name = ?"), ["eng"]],
    ['groups != "eng"', `NOT (${IN_GROUP("g.name = ?")})`, ["eng"]],
    ['groups in ("eng", "ops")', IN_GROUP("g.name = ANY(?::text[])"), ['{"eng","ops"}']],
    ['groups not in ("eng")', `NOT (${IN_GROUP("g.name = ANY(?::text[])")})`, ['{"eng"}']],
    ['groups ~ "en%"', IN_GROUP("g.name ILIKE ?"), ["%en\\%%"]],
    ['roles = "admin"', HAS_ROLE("r.name = ?"), ["admin"]],
    ['roles != "admin"', `NOT (${HAS_ROLE("r.name = ?")})`, ["admin"]],
    ['roles in ("admin", "viewer")', HAS_ROLE("r.name = ANY(?::text[])"), ['{"admin","viewer"}']],
    ['roles not in ("admin")', `NOT (${HAS_ROLE("r.name = ANY(?::text[])")})`, ['{"admin"}']],
    ['roles ~ "adm"', HAS_ROLE("r.name ILIKE ?"), ["%adm%"]],
    ["is_superuser = True", SUPERUSER, []],
    ["is_superuser != False", SUPERUSER, []],
    ["is_superuser = False", `NOT (${SUPERUSER})`, []],
    ["is_superuser != True", `NOT (${SUPERUSER})`, []],
  ])("compiles %s", (text, sql, params) => {
    expect(compiled(text)).toEqual([sql, params]);
  });
});
