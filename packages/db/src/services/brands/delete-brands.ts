/** Deletes brands; the default brand is refused, naming it, since requests fall back to it. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, defaultBrandDeleteMessage, textArrayLiteral, type Actor } from "@roster/core";
import { sql } from "../../sql.js";
import { recordModelEvent } from "../events/record-model-event.js";

export async function deleteBrands(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<number> {
  return em.transactional(async (tx) => {
    const brands = await sql<{ id: string; domain: string; default: boolean }>(tx, `SELECT id, domain, "default" FROM brands WHERE id = ANY(?::uuid[]) FOR UPDATE`, [textArrayLiteral(ids)]);
    const defaultBrand = brands.find((brand) => brand.default);
    if (defaultBrand) throw new AppError("BAD_REQUEST", defaultBrandDeleteMessage(defaultBrand.domain));
    const found = textArrayLiteral(brands.map((brand) => brand.id));
    await sql(tx, "DELETE FROM role_permissions WHERE object_type = 'brand' AND object_id = ANY(?::uuid[])", [found]);
    await sql(tx, "DELETE FROM brands WHERE id = ANY(?::uuid[])", [found]);
    for (const brand of brands) await recordModelEvent(tx, actor, "model_deleted", { model: "brand", pk: brand.id, name: brand.domain });
    return brands.length;
  });
}
