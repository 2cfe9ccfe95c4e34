import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TBrand, TBrandCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { getBrand } from "./brand-row.js";
import { assertValidBrandFields, brandUniqueViolation, unsetOtherDefaults } from "./brand-rules.js";

/** A new brand; made the default, it takes that role from the brand that had it. */
export async function createBrand(em: EntityManager, actor: Actor, input: TBrandCreate): Promise<TBrand> {
  const id = await em
    .transactional(async (tx) => {
      await assertValidBrandFields(tx, input, null);
      const brandId = newId();
      if (input.default) await unsetOtherDefaults(tx, actor, brandId);
      await sql(
        tx,
        `INSERT INTO brands (id, domain, "default", title, flow_authentication_id, flow_recovery_id, flow_invalidation_id, flow_enrollment_id, default_user_path, attributes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
        [brandId, input.domain, input.default, input.title, input.flowAuthentication, input.flowRecovery, input.flowInvalidation, input.flowEnrollment, input.defaultUserPath, JSON.stringify(input.attributes)],
      );
      await recordModelEvent(tx, actor, "model_created", { model: "brand", pk: brandId, name: input.domain }, { fields: { ...input } });
      return brandId;
    })
    .catch((error: unknown) => {
      throw brandUniqueViolation(error);
    });
  return getBrand(em, id);
}
