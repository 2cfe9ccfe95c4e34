/** The Stages list: type filter, name search, keyset by name (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, type TStageListFilter, type TStageListItem } from "@roster/core";
import { pageOf, pageWindow, type PageRequest, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { stageColumns } from "./stage-row.js";

export interface ListStagesInput extends TStageListFilter, PageRequest {
}

export async function listStages(em: EntityManager, input: ListStagesInput): Promise<Page<TStageListItem>> {
  const window = pageWindow(input, 1, 20);
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.type) {
    where.push("s.type = ?");
    params.push(input.type);
  }
  if (input.search) {
    where.push("s.name ILIKE ?");
    params.push(`%${escapeLike(input.search)}%`);
  }
  if (window.after) {
    const [name] = window.after;
    where.push("s.name > ?");
    params.push(String(name));
  }
  const rows = await sql<TStageListItem>(
    em,
    `SELECT ${stageColumns} FROM stages s ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY s.name LIMIT ?`,
    [...params, window.take],
  );
  return pageOf(rows, window, (last) => [last.name]);
}
