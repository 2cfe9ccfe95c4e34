/**
 * Distinct user paths, sorted: the folder tree. A "loose index scan" walks the path index from
 * one distinct value to the next, so a million users in a few hundred folders costs a few hundred
 * index probes rather than a million-row scan. The byte-order operators (~<~, ~>~) are the ones the
 * `path text_pattern_ops` index serves; the result is sorted again for display.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export async function listPaths(em: EntityManager, search?: string): Promise<string[]> {
  const rows = await sql<{ path: string }>(
    em,
    `WITH RECURSIVE paths AS (
       (SELECT path FROM users ORDER BY path USING ~<~ LIMIT 1)
       UNION ALL
       SELECT (SELECT u.path FROM users u WHERE u.path ~>~ p.path ORDER BY u.path USING ~<~ LIMIT 1) FROM paths p WHERE p.path IS NOT NULL
     )
     SELECT path FROM paths WHERE path IS NOT NULL AND (?::text IS NULL OR strpos(lower(path), lower(?::text)) > 0)`,
    [search ?? null, search ?? null],
  );
  return rows.map((row) => row.path).sort();
}
