/** The Stages list: type filter, name search, keyset by name (unique). */
import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, escapeLike, type TStageListFilter, type TStageListItem } from "@roster/core";
import { sql } from "../../sql.js";
import { stageColumns } from "./stage-row.js";

export interface ListStagesInput extends TStageListFilter {
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

export async function listStages(em: EntityManager, input: ListStagesInput): Promise<{ items: TStageListItem[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
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
  if (input.cursor) {
    const [name] = decodeCursor(input.cursor, 1);
    where.push("s.name > ?");
    params.push(String(name));
  }
  const rows = await sql<TStageListItem>(
    em,
    `SELECT ${stageColumns} FROM stages s ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY s.name LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.name]) : null };
}
