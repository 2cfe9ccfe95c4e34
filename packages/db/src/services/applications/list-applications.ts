/** The Applications list: search on name, slug and group label, keyset by name then id. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, textArrayLiteral, type TApplication, type TApplicationListFilter } from "@roster/core";
import { nameThenIdWindow } from "../../paging/checked-keys.js";
import { pageOf, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { applicationColumns, toApplication } from "./application-row.js";

export interface ListApplicationsInput extends TApplicationListFilter, PageRequest {
  /** Only these applications (a caller allowed to view some only); null for all. */
  onlyIds?: readonly string[] | null;
}

export async function listApplications(em: EntityManager, input: ListApplicationsInput): Promise<Page<TApplication>> {
  const window = nameThenIdWindow(input);
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
  if (window.after) {
    where.push("(a.name, a.id) > (?, ?::uuid)");
    params.push(...window.after);
  }
  const rows = await sql<Parameters<typeof toApplication>[0]>(
    em,
    `SELECT ${applicationColumns} FROM applications a ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.name, a.id LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, (last) => [last.name, last.id], toApplication);
}
