/**
 * Prompt fields named `username` or `email` follow the same rules as the Users form: the
 * username's format and uniqueness, a valid email, unique when the unique-email setting is on —
 * with the same messages. The pending user (if any) does not collide with itself.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { usernameProblem, ZEmail, type FieldErrors } from "@roster/core";
import { uniquenessProblems } from "../../users/uniqueness.js";

export async function accountFieldProblems(em: EntityManager, values: Record<string, string>, pendingUserId: string | null): Promise<FieldErrors> {
  const problems: FieldErrors = {};
  const { username, email } = values;
  if (username) {
    const problem = usernameProblem(username);
    if (problem) problems.username = [problem];
  }
  if (email) {
    const checked = ZEmail.safeParse(email);
    if (!checked.success) problems.email = [checked.error.issues[0]?.message ?? "Enter a valid email address."];
  }
  const unique = await uniquenessProblems(em, { username: problems.username || !username ? undefined : username, email: problems.email ? undefined : email }, pendingUserId);
  return { ...problems, ...unique };
}
