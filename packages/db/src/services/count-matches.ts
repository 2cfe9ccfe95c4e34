/** An exact count for a list whose table stays small (groups, roles): one `SELECT count(*)`. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../sql.js";

export interface ExactCount {
  value: number;
  exact: true;
}

export async function countMatches(em: EntityManager, statement: string, params: unknown[]): Promise<ExactCount> {
  const [row] = await sql<{ value: number }>(em, statement, params);
  return { value: row?.value ?? 0, exact: true };
}
