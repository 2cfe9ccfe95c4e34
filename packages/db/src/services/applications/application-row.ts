/** How applications are read: one statement, the icon as a URL, the provider as `{type, name}`. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TApplication } from "@roster/core";
import { sql } from "../../sql.js";
import { iso } from "../../sql-values.js";

/** The icon of application `a`: its URL, or where Roster serves the uploaded image (versioned by its hash in the path, so that it can be cached for good). */
export function iconColumn(a = "a"): string {
  return `CASE WHEN ${a}.icon_sha256 IS NOT NULL THEN json_build_object('type', 'upload', 'url', '/applications/' || ${a}.id || '/icon/' || left(${a}.icon_sha256, 16))
               WHEN ${a}.icon_url IS NOT NULL THEN json_build_object('type', 'url', 'url', ${a}.icon_url) END`;
}

/** The provider of application `a` (SPEC §11), or null while it has none. */
export function providerColumn(a = "a"): string {
  return `CASE WHEN ${a}.provider->>'type' IS NOT NULL THEN json_build_object('type', ${a}.provider->>'type', 'name', coalesce(${a}.provider->>'name', ${a}.name)) END`;
}

/** The redirect URIs of application `a`'s provider, to guess a launch URL from. */
export function redirectUrisColumn(a = "a"): string {
  return `CASE WHEN jsonb_typeof(${a}.provider->'redirectUris') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(${a}.provider->'redirectUris')) ELSE '{}'::text[] END`;
}

export const applicationColumns = `a.id, a.slug, a.name, nullif(a.launch_url, '') AS "launchUrl", a.group_label AS "group",
  a.meta_description AS "metaDescription", a.meta_publisher AS "metaPublisher", a.open_in_new_tab AS "openInNewTab",
  a.policy_engine_mode AS "policyEngineMode", ${iconColumn()} AS icon, ${providerColumn()} AS provider,
  CASE WHEN a.provider->>'type' = 'oauth2' THEN a.provider END AS "oauthProvider",
  (SELECT count(*)::int FROM policy_bindings pb WHERE pb.application_id = a.id AND pb.enabled) AS "bindingCount",
  a.created_at AS "createdAt"`;

type ApplicationRow = Omit<TApplication, "createdAt"> & { createdAt: Date | string };

export function toApplication(row: ApplicationRow): TApplication {
  return { ...row, createdAt: iso(row.createdAt) ?? "" };
}

export async function getApplication(em: EntityManager, id: string): Promise<TApplication> {
  const rows = await sql<ApplicationRow>(em, `SELECT ${applicationColumns} FROM applications a WHERE a.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Application");
  return toApplication(rows[0]);
}

