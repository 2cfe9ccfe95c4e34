/** Checks shared by creating and changing a brand: domain, user path, flows and the one default. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, brandFlowFields, brandMessages, domainProblem, flowDesignationMessage, pathProblem, type Actor, type TBrandFlowField } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export interface BrandFieldsToCheck {
  domain?: string | undefined;
  defaultUserPath?: string | undefined;
  flowAuthentication?: string | null | undefined;
  flowRecovery?: string | null | undefined;
  flowInvalidation?: string | null | undefined;
  flowEnrollment?: string | null | undefined;
}

/** Every field problem at once, so that the form can show them together. */
export async function assertValidBrandFields(em: EntityManager, fields: BrandFieldsToCheck, exceptId: string | null): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const domain = fields.domain === undefined ? null : domainProblem(fields.domain);
  if (domain) fieldErrors.domain = [domain];
  const path = fields.defaultUserPath === undefined ? null : pathProblem(fields.defaultUserPath);
  if (path) fieldErrors.defaultUserPath = [path];
  for (const field of Object.keys(brandFlowFields) as TBrandFlowField[]) {
    const flowId = fields[field];
    if (!flowId) continue;
    const rows = await sql<{ designation: string }>(em, "SELECT designation FROM flows WHERE id = ?", [flowId]);
    const required = brandFlowFields[field];
    if (!rows[0]) fieldErrors[field] = [brandMessages.flowMissing];
    else if (rows[0].designation !== required) fieldErrors[field] = [flowDesignationMessage(required)];
  }
  const [first] = Object.values(fieldErrors);
  if (first?.[0]) throw new AppError("BAD_REQUEST", first[0], { fieldErrors });
  if (fields.domain !== undefined) {
    const taken = await sql(em, "SELECT 1 FROM brands WHERE lower(domain) = lower(?) AND id IS DISTINCT FROM ?::uuid", [fields.domain, exceptId]);
    if (taken.length > 0) throw brandDomainTaken();
  }
}

export function brandDomainTaken(): AppError {
  return new AppError("CONFLICT", brandMessages.domainTaken, { fieldErrors: { domain: [brandMessages.domainTaken] } });
}

/** The unique constraint still guards concurrent writes; its violation reads like the check. */
export function brandUniqueViolation(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint === "brands_domain_key") return brandDomainTaken();
  if (constraint === "brands_one_default") return new AppError("CONFLICT", "Another brand was made the default at the same time. Reload and try again.");
  return error;
}

/** Makes every other brand non-default, recording the change on the one that was, before `brandId` becomes the default. */
export async function unsetOtherDefaults(em: EntityManager, actor: Actor, brandId: string): Promise<void> {
  const previous = await sql<{ id: string; domain: string }>(em, `UPDATE brands SET "default" = false WHERE "default" AND id <> ? RETURNING id, domain`, [brandId]);
  for (const brand of previous) {
    await recordModelEvent(em, actor, "model_updated", { model: "brand", pk: brand.id, name: brand.domain }, { changes: { default: { from: true, to: false } } });
  }
}
