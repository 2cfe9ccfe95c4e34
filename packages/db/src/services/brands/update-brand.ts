/**
 * Changes a brand. Making it the default unsets the others in the same transaction; the default
 * brand cannot stop being the default except by making another one the default.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, brandMessages, type Actor, type TBrand, type TBrandUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { getBrand } from "./brand-row.js";
import { assertValidBrandFields, brandUniqueViolation, unsetOtherDefaults } from "./brand-rules.js";

interface BrandFields {
  domain: string;
  default: boolean;
  title: string;
  flowAuthentication: string | null;
  flowRecovery: string | null;
  flowInvalidation: string | null;
  flowEnrollment: string | null;
  defaultUserPath: string;
  attributes: Record<string, unknown>;
}

export async function updateBrand(em: EntityManager, actor: Actor, input: TBrandUpdate): Promise<TBrand> {
  const { id, ...fields } = input;
  await em
    .transactional(async (tx) => {
      const rows = await sql<BrandFields>(
        tx,
        `SELECT domain, "default", title, flow_authentication_id AS "flowAuthentication", flow_recovery_id AS "flowRecovery",
                flow_invalidation_id AS "flowInvalidation", flow_enrollment_id AS "flowEnrollment", default_user_path AS "defaultUserPath", attributes
           FROM brands WHERE id = ? FOR UPDATE`,
        [id],
      );
      const brand = rows[0];
      if (!brand) throw AppError.notFound("Brand");
      if (fields.default === false && brand.default) throw AppError.field("default", brandMessages.defaultRequired);
      await assertValidBrandFields(tx, { ...fields, domain: fields.domain === brand.domain ? undefined : fields.domain }, id);
      const changes = changedFields(brand, fields);
      if (fields.default && !brand.default) await unsetOtherDefaults(tx, actor, id);
      // A flow field left out keeps its flow; null unsets it.
      const flow = (value: string | null | undefined) => [value !== undefined, value ?? null];
      await sql(
        tx,
        `UPDATE brands SET domain = coalesce(?, domain), "default" = coalesce(?, "default"), title = coalesce(?, title),
                flow_authentication_id = CASE WHEN ? THEN ?::uuid ELSE flow_authentication_id END,
                flow_recovery_id = CASE WHEN ? THEN ?::uuid ELSE flow_recovery_id END,
                flow_invalidation_id = CASE WHEN ? THEN ?::uuid ELSE flow_invalidation_id END,
                flow_enrollment_id = CASE WHEN ? THEN ?::uuid ELSE flow_enrollment_id END,
                default_user_path = coalesce(?, default_user_path), attributes = coalesce(?::jsonb, attributes)
          WHERE id = ?`,
        [
          fields.domain ?? null,
          fields.default ?? null,
          fields.title ?? null,
          ...flow(fields.flowAuthentication),
          ...flow(fields.flowRecovery),
          ...flow(fields.flowInvalidation),
          ...flow(fields.flowEnrollment),
          fields.defaultUserPath ?? null,
          fields.attributes ? JSON.stringify(fields.attributes) : null,
          id,
        ],
      );
      if (Object.keys(changes).length > 0) await recordModelEvent(tx, actor, "model_updated", { model: "brand", pk: id, name: fields.domain ?? brand.domain }, { changes });
    })
    .catch((error: unknown) => {
      throw brandUniqueViolation(error);
    });
  return getBrand(em, id);
}
