/** Role names are unique. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, roleMessages } from "@roster/core";
import { sql } from "../../sql.js";

export async function assertUniqueRoleName(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
  const taken = await sql(em, "SELECT 1 FROM roles WHERE name = ? AND id IS DISTINCT FROM ?::uuid", [name, exceptId]);
  if (taken.length > 0) throw roleNameTaken();
}

function roleNameTaken(): AppError {
  return new AppError("CONFLICT", roleMessages.nameTaken, { fieldErrors: { name: [roleMessages.nameTaken] } });
}

/** The unique constraint still guards concurrent writes; its violation reads like the check. */
export function roleUniqueViolation(error: unknown): unknown {
  return (error as { constraint?: string } | null)?.constraint === "roles_name_key" ? roleNameTaken() : error;
}
