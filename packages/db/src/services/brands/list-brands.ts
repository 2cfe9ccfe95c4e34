/** The Brands list: search on domain and title, keyset by domain (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, textArrayLiteral, type TBrand, type TBrandListFilter } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { brandColumns } from "./brand-row.js";

export interface ListBrandsInput extends TBrandListFilter, PageRequest {
  /** Only these brands (a caller allowed to view some brands only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listBrands(em: EntityManager, input: ListBrandsInput): Promise<Page<TBrand>> {
  const window = pageWindow(input, 1, 20);
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
  if (window.after) {
    const [domain] = window.after;
    where.push("b.domain > ?");
    params.push(String(domain));
  }
  const rows = await sql<TBrand>(
    em,
    `SELECT ${brandColumns} FROM brands b ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY b.domain LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, (last) => [last.domain]);
}
