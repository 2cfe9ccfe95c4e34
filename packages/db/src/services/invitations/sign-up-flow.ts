/**
 * The login page's "Sign up": the active brand's enrollment flow, when it runs without an
 * invitation (its invitation stages, if any, allow that). Null otherwise.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { ZInvitationSettings } from "@roster/core";
import { sql } from "../../sql.js";
import { getActiveBrand } from "../brands/active-brand.js";

export async function signUpFlow(em: EntityManager, host: string): Promise<{ slug: string } | null> {
  const brand = await getActiveBrand(em, host);
  if (!brand?.flowEnrollmentId) return null;
  const rows = await sql<{ slug: string; settings: Record<string, unknown> | null }>(
    em,
    `SELECT f.slug, s.settings FROM flows f
       LEFT JOIN flow_stage_bindings b ON b.flow_id = f.id
       LEFT JOIN stages s ON s.id = b.stage_id AND s.type = 'invitation'
      WHERE f.id = ? AND f.designation = 'enrollment'`,
    [brand.flowEnrollmentId],
  );
  const slug = rows[0]?.slug;
  if (!slug) return null;
  const open = rows.every((row) => row.settings === null || ZInvitationSettings.parse(row.settings).continueWithoutInvitation);
  return open ? { slug } : null;
}
