import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type TPolicyBinding } from "@roster/core";
import { sql } from "../../sql.js";
import { bindingColumns, bindingFrom } from "./binding-row.js";

/** An application's bindings in evaluation order (at most a few hundred per application in practice). */
export async function listBindings(em: EntityManager, applicationId: string): Promise<TPolicyBinding[]> {
  const applications = await sql(em, "SELECT 1 FROM applications WHERE id = ?", [applicationId]);
  if (applications.length === 0) throw AppError.notFound("Application");
  return sql<TPolicyBinding>(em, `SELECT ${bindingColumns} FROM ${bindingFrom} WHERE b.application_id = ? ORDER BY b."order", b.id LIMIT 1000`, [applicationId]);
}
