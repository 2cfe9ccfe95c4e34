/** The Flows list: designation filter, search on slug, name and title, keyset by slug (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, textArrayLiteral, type TFlowListFilter, type TFlowListItem } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { flowListColumns } from "./flow-row.js";

export interface ListFlowsInput extends TFlowListFilter, PageRequest {
  /** Only these flows (a caller allowed to view some flows only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listFlows(em: EntityManager, input: ListFlowsInput): Promise<Page<TFlowListItem>> {
  const window = pageWindow(input, 1, 20);
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
  if (window.after) {
    const [slug] = window.after;
    where.push("f.slug > ?");
    params.push(String(slug));
  }
  const rows = await sql<TFlowListItem>(
    em,
    `SELECT ${flowListColumns} FROM flows f ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY f.slug LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, (last) => [last.slug]);
}
