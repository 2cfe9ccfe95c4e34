/**
 * Configuration that places users in groups (a user_write stage's groups, an invitation's fixed
 * data) names them by id, so that renaming a group — a super-user group renamed to a name an
 * invitation holds, say — changes nothing it grants. Admins type names (or ids); the database
 * keeps ids; reads show names again.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, invitationMessages, textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";

/** The ids of the groups these references name (an id, else a name); a missing one is a field error under `field`. */
export async function resolveGroupReferences(em: EntityManager, references: readonly string[], field: string): Promise<string[]> {
  if (references.length === 0) return [];
  const rows = await sql<{ reference: string; id: string | null }>(
    em,
    `SELECT r.reference, coalesce((SELECT g.id FROM groups g WHERE g.id::text = r.reference), (SELECT g.id FROM groups g WHERE g.name = r.reference)) AS id
       FROM unnest(?::text[]) WITH ORDINALITY AS r(reference, position) ORDER BY r.position`,
    [textArrayLiteral(references)],
  );
  const missing = rows.find((row) => row.id === null);
  if (missing) throw AppError.field(field, invitationMessages.groupMissing(missing.reference));
  return [...new Set(rows.map((row) => row.id ?? ""))];
}

/** Of these group ids, those whose groups still exist (a deleted group grants nothing). */
export async function existingGroupIds(em: EntityManager, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ id: string }>(em, "SELECT id FROM groups WHERE id::text = ANY(?::text[])", [textArrayLiteral(ids)]);
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => found.has(id));
}

/**
 * An SQL expression: the jsonb `column` with the group ids of its array `key` replaced by the
 * groups' names, for reading (an id whose group is gone stays as it is). `key` is a constant.
 */
export function groupNamesIn(column: string, key: string): string {
  return `CASE WHEN jsonb_typeof(${column} -> '${key}') = 'array' THEN jsonb_set(${column}, '{${key}}', coalesce(
    (SELECT jsonb_agg(coalesce(g.name, ref.value) ORDER BY ref.position)
       FROM jsonb_array_elements_text(${column} -> '${key}') WITH ORDINALITY AS ref(value, position)
       LEFT JOIN groups g ON g.id::text = ref.value), '[]'::jsonb)) ELSE ${column} END`;
}
