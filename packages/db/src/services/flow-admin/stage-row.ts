/** How stages are read: one statement, with the flows each one is bound to. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TStageListItem } from "@roster/core";
import { sql } from "../../sql.js";
import { readableStageSettings } from "./stage-grants.js";

export const stageColumns = `s.id, s.name, s.type, ${readableStageSettings("s.settings")} AS settings,
  coalesce((SELECT json_agg(DISTINCT jsonb_build_object('id', f.id, 'slug', f.slug, 'name', f.name))
              FROM flow_stage_bindings b JOIN flows f ON f.id = b.flow_id WHERE b.stage_id = s.id), '[]'::json) AS flows`;

export async function getStage(em: EntityManager, id: string): Promise<TStageListItem> {
  const rows = await sql<TStageListItem>(em, `SELECT ${stageColumns} FROM stages s WHERE s.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Stage");
  return rows[0];
}
