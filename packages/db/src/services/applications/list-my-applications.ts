/**
 * My applications: what the user may access (the access predicate) and can launch — a launch URL,
 * or a provider redirect URI to guess one from — sorted by group label, then name.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { guessLaunchUrl, type TApplicationIcon, type TMyApplication } from "@roster/core";
import { sql } from "../../sql.js";
import { accessSubjectCte, mayAccess } from "./access-predicate.js";
import { iconColumn, redirectUrisColumn } from "./application-row.js";

interface Row {
  id: string;
  slug: string;
  name: string;
  launch_url: string;
  redirect_uris: string[];
  group_label: string;
  meta_description: string;
  open_in_new_tab: boolean;
  icon: TApplicationIcon;
}

export async function listMyApplications(em: EntityManager, userId: string): Promise<TMyApplication[]> {
  const rows = await sql<Row>(
    em,
    `WITH ${accessSubjectCte}
     SELECT a.id, a.slug, a.name, a.launch_url, ${redirectUrisColumn()} AS redirect_uris, a.group_label, a.meta_description, a.open_in_new_tab, ${iconColumn()} AS icon
       FROM access_subject s CROSS JOIN applications a
      WHERE (a.launch_url <> '' OR jsonb_typeof(a.provider->'redirectUris') = 'array') AND ${mayAccess("a")}
      ORDER BY a.group_label, a.name, a.id`,
    [userId],
  );
  return rows.flatMap((row) => {
    const launchUrl = guessLaunchUrl(row.launch_url, row.redirect_uris);
    if (!launchUrl) return [];
    return [{ id: row.id, slug: row.slug, name: row.name, launchUrl, group: row.group_label, metaDescription: row.meta_description, openInNewTab: row.open_in_new_tab, icon: row.icon }];
  });
}
