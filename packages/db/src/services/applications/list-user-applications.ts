/** The user page's Applications tab: what that user may access (the access predicate), by name. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { encodeCursor, guessLaunchUrl, type TApplicationIcon, type TUserApplication } from "@roster/core";
import { sql } from "../../sql.js";
import { accessSubjectCte, mayAccess } from "./access-predicate.js";
import { decodeNameCursor, iconColumn, providerColumn, redirectUrisColumn } from "./application-row.js";

export interface ListUserApplicationsInput {
  userId: string;
  cursor?: string | null | undefined;
  limit?: number | undefined;
}

interface Row {
  id: string;
  slug: string;
  name: string;
  group_label: string;
  launch_url: string;
  redirect_uris: string[];
  provider: TUserApplication["provider"];
  icon: TApplicationIcon;
}

export async function listUserApplications(em: EntityManager, input: ListUserApplicationsInput): Promise<{ items: TUserApplication[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const after = input.cursor ? decodeNameCursor(input.cursor) : null;
  const rows = await sql<Row>(
    em,
    `WITH ${accessSubjectCte}
     SELECT a.id, a.slug, a.name, a.group_label, a.launch_url, ${redirectUrisColumn()} AS redirect_uris, ${providerColumn()} AS provider, ${iconColumn()} AS icon
       FROM access_subject s CROSS JOIN applications a
      WHERE ${after ? "(a.name, a.id) > (?, ?::uuid) AND " : ""}${mayAccess("a")}
      ORDER BY a.name, a.id LIMIT ?`,
    [input.userId, ...(after ?? []), limit + 1],
  );
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    group: row.group_label,
    launchUrl: guessLaunchUrl(row.launch_url, row.redirect_uris),
    provider: row.provider,
    icon: row.icon,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
}
