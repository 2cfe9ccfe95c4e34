/** How brands are read: one statement, with each of their flows as `{id, slug, name}` or null. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TBrand } from "@roster/core";
import { sql } from "../../sql.js";
import { getActiveBrand } from "./active-brand.js";

const flowRef = (column: string) => `(SELECT json_build_object('id', f.id, 'slug', f.slug, 'name', f.name) FROM flows f WHERE f.id = b.${column})`;

export const brandColumns = `b.id, b.domain, b."default", b.title, b.default_user_path AS "defaultUserPath", b.attributes,
  ${flowRef("flow_authentication_id")} AS "flowAuthentication",
  ${flowRef("flow_recovery_id")} AS "flowRecovery",
  ${flowRef("flow_invalidation_id")} AS "flowInvalidation",
  ${flowRef("flow_enrollment_id")} AS "flowEnrollment"`;

export async function getBrand(em: EntityManager, id: string): Promise<TBrand> {
  const rows = await sql<TBrand>(em, `SELECT ${brandColumns} FROM brands b WHERE b.id = ?`, [id]);
  if (!rows[0]) throw AppError.notFound("Brand");
  return rows[0];
}

/** `brands.current`: the active brand of a request host, as the API shows brands. */
export async function getCurrentBrand(em: EntityManager, host: string): Promise<TBrand> {
  const brand = await getActiveBrand(em, host);
  if (!brand) throw AppError.notFound("Brand");
  return getBrand(em, brand.id);
}
