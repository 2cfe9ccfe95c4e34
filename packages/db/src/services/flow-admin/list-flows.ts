/** The Flows list: designation filter, search on slug, name and title, keyset by slug (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, escapeLike, textArrayLiteral, type TFlowListFilter, type TFlowListItem } from "@roster/core";
import { sql } from "../../sql.js";
import { flowListColumns } from "./flow-row.js";

export interface ListFlowsInput extends TFlowListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
  /** Only these flows (a caller allowed to view some flows only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listFlows(em: EntityManager, input: ListFlowsInput): Promise<{ items: TFlowListItem[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.designation) {
    where.push("f.designation = ?");
    params.push(input.designation);
  }
  if (input.search) {
    where.push("(f.slug ILIKE ? OR f.name ILIKE ? OR f.title ILIKE ?)");
    const pattern = `%${escapeLike(input.search)}%`;
    params.push(pattern, pattern, pattern);
  }
  if (input.onlyIds) {
    where.push("f.id = ANY(?::uuid[])");
    params.push(textArrayLiteral(input.onlyIds));
  }
  if (input.cursor) {
    const [slug] = decodeCursor(input.cursor, 1);
    where.push("f.slug > ?");
    params.push(String(slug));
  }
  const rows = await sql<TFlowListItem>(
    em,
    `SELECT ${flowListColumns} FROM flows f ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY f.slug LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.slug]) : null };
}
