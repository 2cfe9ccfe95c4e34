/** The Applications list: search on name, slug and group label, keyset by name then id. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { encodeCursor, escapeLike, textArrayLiteral, type TApplication, type TApplicationListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { applicationColumns, decodeNameCursor, toApplication } from "./application-row.js";

export interface ListApplicationsInput extends TApplicationListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
  /** Only these applications (a caller allowed to view some only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listApplications(em: EntityManager, input: ListApplicationsInput): Promise<{ items: TApplication[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.search) {
    where.push("(a.name ILIKE ? OR a.slug ILIKE ? OR a.group_label ILIKE ?)");
    const pattern = `%${escapeLike(input.search)}%`;
    params.push(pattern, pattern, pattern);
  }
  if (input.onlyIds) {
    where.push("a.id = ANY(?::uuid[])");
    params.push(textArrayLiteral(input.onlyIds));
  }
  if (input.cursor) {
    where.push("(a.name, a.id) > (?, ?::uuid)");
    params.push(...decodeNameCursor(input.cursor));
  }
  const rows = await sql<Parameters<typeof toApplication>[0]>(
    em,
    `SELECT ${applicationColumns} FROM applications a ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.name, a.id LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit).map(toApplication);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
}
