import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, applicationMessages } from "@roster/core";
import { sql } from "../../sql.js";

/** The user or group a binding is to name must exist; the message says which is missing. */
export async function assertSubjectExists(em: EntityManager, subject: { userId?: string | null | undefined; groupId?: string | null | undefined }): Promise<void> {
  if (subject.userId) {
    const rows = await sql(em, "SELECT 1 FROM users WHERE id = ?", [subject.userId]);
    if (rows.length === 0) throw AppError.field("userId", applicationMessages.userMissing);
  }
  if (subject.groupId) {
    const rows = await sql(em, "SELECT 1 FROM groups WHERE id = ?", [subject.groupId]);
    if (rows.length === 0) throw AppError.field("groupId", applicationMessages.groupMissing);
  }
}
