/**
 * The stages of a flow: replacing its bindings, and the rules that keep flows and brands
 * consistent (a brand's recovery flow stays a recovery flow).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, brandFlowFields, stageMessages, textArrayLiteral } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";

/** The names of a flow's stages, in order. */
export async function boundStageNames(em: EntityManager, flowId: string): Promise<string[]> {
  const rows = await sql<{ name: string }>(em, `SELECT s.name FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id WHERE b.flow_id = ? ORDER BY b."order"`, [flowId]);
  return rows.map((row) => row.name);
}

/** The names of these stages in the given order; a field error when one does not exist. */
export async function stageNamesInOrder(em: EntityManager, stageIds: readonly string[], field: string): Promise<string[]> {
  if (new Set(stageIds).size !== stageIds.length) throw AppError.field(field, stageMessages.duplicateStage);
  if (stageIds.length === 0) return [];
  const rows = await sql<{ id: string; name: string }>(em, "SELECT id, name FROM stages WHERE id = ANY(?::uuid[])", [textArrayLiteral(stageIds)]);
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return stageIds.map((id) => {
    const name = names.get(id);
    if (name === undefined) throw AppError.field(field, stageMessages.stagesMissing);
    return name;
  });
}

/**
 * Binds the stages in this order (10, 20, 30… leaving room between them). Pending executions of
 * the flow are dropped: they point at a step by position, which no longer means the same stage.
 */
export async function replaceFlowBindings(em: EntityManager, flowId: string, stageIds: readonly string[]): Promise<void> {
  await sql(em, "DELETE FROM flow_stage_bindings WHERE flow_id = ?", [flowId]);
  for (const [index, stageId] of stageIds.entries()) {
    await sql(em, `INSERT INTO flow_stage_bindings (id, flow_id, stage_id, "order") VALUES (?, ?, ?, ?)`, [newId(), flowId, stageId, (index + 1) * 10]);
  }
  await sql(em, "DELETE FROM flow_states WHERE flow_id = ?", [flowId]);
}

/** Why a brand using the flow does not allow this designation, naming the brand; null when none does. */
export async function designationConflict(em: EntityManager, flowId: string, designation: string): Promise<string | null> {
  const rows = await sql<{ domain: string; flowAuthentication: boolean; flowRecovery: boolean; flowInvalidation: boolean; flowEnrollment: boolean }>(
    em,
    `SELECT domain, flow_authentication_id IS NOT DISTINCT FROM ?::uuid AS "flowAuthentication", flow_recovery_id IS NOT DISTINCT FROM ?::uuid AS "flowRecovery",
            flow_invalidation_id IS NOT DISTINCT FROM ?::uuid AS "flowInvalidation", flow_enrollment_id IS NOT DISTINCT FROM ?::uuid AS "flowEnrollment"
       FROM brands WHERE ?::uuid IN (flow_authentication_id, flow_recovery_id, flow_invalidation_id, flow_enrollment_id) ORDER BY domain`,
    [flowId, flowId, flowId, flowId, flowId],
  );
  for (const row of rows) {
    for (const [brandField, required] of Object.entries(brandFlowFields)) {
      if (row[brandField as keyof typeof brandFlowFields] && designation !== required) {
        return `Brand "${row.domain}" uses this flow as its ${required} flow, so its designation must stay "${required}".`;
      }
    }
  }
  return null;
}
