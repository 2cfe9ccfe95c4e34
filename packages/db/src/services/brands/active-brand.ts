/**
 * The active brand of a request: the brand whose domain is the request's host (compared without
 * case, port or trailing dot), else the default brand. Null only before bootstrap.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { escapeLike, normalizeHost } from "@roster/core";
import { Brand } from "../../entities/brand.js";

export async function getActiveBrand(em: EntityManager, host: string): Promise<Brand | null> {
  const domain = normalizeHost(host);
  const matched = domain ? await em.findOne(Brand, { domain: { $ilike: escapeLike(domain) } }) : null;
  return matched ?? (await em.findOne(Brand, { default: true }));
}
