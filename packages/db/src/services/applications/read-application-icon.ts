/** The uploaded icon of an application, for `GET /applications/<id>/icon`; null when it has none. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { sql } from "../../sql.js";

export interface ApplicationIconFile {
  bytes: Buffer;
  contentType: string;
  sha256: string;
}

export async function readApplicationIcon(em: EntityManager, applicationId: string): Promise<ApplicationIconFile | null> {
  const rows = await sql<ApplicationIconFile>(
    em,
    `SELECT icon AS bytes, icon_content_type AS "contentType", icon_sha256 AS sha256 FROM applications WHERE id = ? AND icon IS NOT NULL`,
    [applicationId],
  );
  return rows[0] ?? null;
}
