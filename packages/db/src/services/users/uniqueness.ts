/** Username is unique across all folders; email only when the unique-email setting is on. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type FieldErrors } from "@roster/core";
import { sql } from "../../sql.js";

export const usernameTakenMessage = "A user with this username already exists.";
export const emailTakenMessage = "A user with this email address already exists.";

/** The username and email rules that need the database, as field errors (for a form or a flow's prompt). */
export async function uniquenessProblems(em: EntityManager, fields: { username?: string | undefined; email?: string | undefined }, exceptId: string | null): Promise<FieldErrors> {
  const problems: FieldErrors = {};
  if (fields.username !== undefined) {
    const taken = await sql(em, "SELECT 1 FROM users WHERE username = ? AND id IS DISTINCT FROM ?::uuid", [fields.username, exceptId]);
    if (taken.length > 0) problems.username = [usernameTakenMessage];
  }
  if (fields.email) {
    const rows = await sql(
      em,
      "SELECT 1 FROM settings s WHERE s.unique_email AND EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(?) AND id IS DISTINCT FROM ?::uuid)",
      [fields.email, exceptId],
    );
    if (rows.length > 0) problems.email = [emailTakenMessage];
  }
  return problems;
}

export async function assertUniqueUser(em: EntityManager, fields: { username?: string | undefined; email?: string | undefined }, exceptId: string | null): Promise<void> {
  const problems = await uniquenessProblems(em, fields, exceptId);
  const [field] = Object.keys(problems);
  if (field) throw new AppError("CONFLICT", problems[field]?.[0] ?? usernameTakenMessage, { fieldErrors: { [field]: problems[field] ?? [] } });
}

/** The unique constraint still guards concurrent creates; its violation reads like the check. */
export function uniqueViolation(error: unknown): AppError | null {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint === "users_username_unique") return new AppError("CONFLICT", usernameTakenMessage, { fieldErrors: { username: [usernameTakenMessage] } });
  return null;
}
