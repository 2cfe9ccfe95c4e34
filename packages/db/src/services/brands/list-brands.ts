/** The Brands list: search on domain and title, keyset by domain (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, escapeLike, textArrayLiteral, type TBrand, type TBrandListFilter } from "@roster/core";
import { sql } from "../../sql.js";
import { brandColumns } from "./brand-row.js";

export interface ListBrandsInput extends TBrandListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
  /** Only these brands (a caller allowed to view some brands only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listBrands(em: EntityManager, input: ListBrandsInput): Promise<{ items: TBrand[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.search) {
    where.push("(b.domain ILIKE ? OR b.title ILIKE ?)");
    const pattern = `%${escapeLike(input.search)}%`;
    params.push(pattern, pattern);
  }
  if (input.onlyIds) {
    where.push("b.id = ANY(?::uuid[])");
    params.push(textArrayLiteral(input.onlyIds));
  }
  if (input.cursor) {
    const [domain] = decodeCursor(input.cursor, 1);
    where.push("b.domain > ?");
    params.push(String(domain));
  }
  const rows = await sql<TBrand>(
    em,
    `SELECT ${brandColumns} FROM brands b ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY b.domain LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.domain]) : null };
}
