/** Checks shared by creating and changing an application: the slug's uniqueness and the icon. */
import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, applicationMessages, iconProblem, type TApplicationIconInput } from "@roster/core";
import { sql } from "../../sql.js";

/** The icon columns an icon input writes: an uploaded image, or a URL, or neither. */
export interface IconColumns {
  icon: Buffer | null;
  contentType: string | null;
  sha256: string | null;
  url: string | null;
}

export function iconColumns(input: TApplicationIconInput): IconColumns {
  if (!input) return { icon: null, contentType: null, sha256: null, url: null };
  if (input.type === "url") return { icon: null, contentType: null, sha256: null, url: input.url };
  const bytes = Buffer.from(input.data, "base64");
  const problem = iconProblem(input.contentType, bytes);
  if (problem) throw AppError.field("icon", problem);
  return { icon: bytes, contentType: input.contentType, sha256: createHash("sha256").update(bytes).digest("hex"), url: null };
}

export function slugTaken(): AppError {
  return new AppError("CONFLICT", applicationMessages.slugTaken, { fieldErrors: { slug: [applicationMessages.slugTaken] } });
}

export async function assertSlugFree(em: EntityManager, slug: string, exceptId: string | null): Promise<void> {
  const taken = await sql(em, "SELECT 1 FROM applications WHERE slug = ? AND id IS DISTINCT FROM ?::uuid", [slug, exceptId]);
  if (taken.length > 0) throw slugTaken();
}

/** The unique constraint still guards concurrent writes; its violation reads like the check. */
export function applicationUniqueViolation(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  return constraint === "applications_slug_unique" ? slugTaken() : error;
}
