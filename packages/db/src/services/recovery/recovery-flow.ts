/** The active brand's recovery flow and its email stage, if any. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError } from "@roster/core";
import { sql } from "../../sql.js";
import { getActiveBrand } from "../brands/active-brand.js";

export const recoveryMessages = {
  noEmail: "User does not have an email address set.",
  noFlow: "No recovery flow set.",
  noEmailStage: "The recovery flow has no email stage.",
} as const;

export interface RecoveryFlow {
  slug: string;
  brandTitle: string;
  emailStageSettings: Record<string, unknown> | null;
}

export async function activeRecoveryFlow(em: EntityManager, host: string): Promise<RecoveryFlow> {
  const brand = await getActiveBrand(em, host);
  if (!brand?.flowRecoveryId) throw new AppError("BAD_REQUEST", recoveryMessages.noFlow);
  const rows = await sql<{ slug: string; settings: Record<string, unknown> | null }>(
    em,
    `SELECT f.slug, (SELECT s.settings FROM flow_stage_bindings b JOIN stages s ON s.id = b.stage_id
                      WHERE b.flow_id = f.id AND s.type = 'email' ORDER BY b."order" LIMIT 1) AS settings
       FROM flows f WHERE f.id = ?`,
    [brand.flowRecoveryId],
  );
  const flow = rows[0];
  if (!flow) throw new AppError("BAD_REQUEST", recoveryMessages.noFlow);
  return { slug: flow.slug, brandTitle: brand.title, emailStageSettings: flow.settings };
}
