/**
 * How flows are read: one statement for any number of flows, with their stage count, the brands
 * that use them and (for one flow) its ordered bindings aggregated per row.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TFlowDetail } from "@roster/core";
import { sql } from "../../sql.js";
import { readableStageSettings } from "./stage-grants.js";

const brandsUsingFlow = `coalesce((SELECT json_agg(json_build_object('id', br.id, 'domain', br.domain, 'title', br.title) ORDER BY br.domain)
    FROM brands br WHERE f.id IN (br.flow_authentication_id, br.flow_recovery_id, br.flow_invalidation_id, br.flow_enrollment_id)), '[]'::json) AS brands`;

export const flowListColumns = `f.id, f.slug, f.name, f.title, f.designation,
  (SELECT count(*)::int FROM flow_stage_bindings b WHERE b.flow_id = f.id) AS "stageCount",
  ${brandsUsingFlow}`;

const flowDetailColumns = `f.id, f.slug, f.name, f.title, f.designation, ${brandsUsingFlow},
  coalesce((SELECT json_agg(json_build_object('id', b.id, 'order', b."order",
                              'stage', json_build_object('id', s.id, 'name', s.name, 'type', s.type, 'settings', ${readableStageSettings("s.settings")})) ORDER BY b."order")
              FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id WHERE b.flow_id = f.id), '[]'::json) AS bindings`;

export async function getFlow(em: EntityManager, id: string): Promise<TFlowDetail> {
  const rows = await sql<TFlowDetail>(em, `SELECT ${flowDetailColumns} FROM flows f WHERE f.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Flow");
  return rows[0];
}
