/** Uniqueness of flow slugs and stage names: checked first, and the constraint read alike. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, flowMessages, stageMessages } from "@roster/core";
import { sql } from "../../sql.js";

export function flowSlugTaken(field = "slug"): AppError {
  return new AppError("CONFLICT", flowMessages.slugTaken, { fieldErrors: { [field]: [flowMessages.slugTaken] } });
}

export function stageNameTaken(field = "name"): AppError {
  return new AppError("CONFLICT", stageMessages.nameTaken, { fieldErrors: { [field]: [stageMessages.nameTaken] } });
}

export async function assertUniqueFlowSlug(em: EntityManager, slug: string, exceptId: string | null): Promise<void> {
  const taken = await sql(em, "SELECT 1 FROM flows WHERE slug = ? AND id IS DISTINCT FROM ?::uuid", [slug, exceptId]);
  if (taken.length > 0) throw flowSlugTaken();
}

export async function assertUniqueStageName(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const taken = await sql(em, "SELECT 1 FROM stages WHERE name = ? AND id IS DISTINCT FROM ?::uuid", [name, exceptId]);
  if (taken.length > 0) throw stageNameTaken();
}

/** The unique constraints still guard concurrent writes; their violations read like the checks. */
export function flowAdminUniqueViolation(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint === "flows_slug_key") return flowSlugTaken();
  if (constraint === "stages_name_key") return stageNameTaken();
  return error;
}
