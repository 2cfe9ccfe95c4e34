/** The user page's Applications tab: what that user may access (the access predicate), by name. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { guessLaunchUrl, type TApplicationIcon, type TUserApplication } from "@roster/core";
import { nameThenIdWindow, type UserRecordsRequest } from "../../paging/checked-keys.js";
import { pageOf, type Page } from "../../paging/keyset-page.js";
import { sql } from "../../sql.js";
import { accessSubjectCte, mayAccess } from "./access-predicate.js";
import { iconColumn, providerColumn, redirectUrisColumn } from "./application-row.js";

export type ListUserApplicationsInput = UserRecordsRequest;

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

export async function listUserApplications(em: EntityManager, input: ListUserApplicationsInput): Promise<Page<TUserApplication>> {
  const window = nameThenIdWindow(input);
  const after = window.after;
  const rows = await sql<Row>(
    em,
    `WITH ${accessSubjectCte}
     SELECT a.id, a.slug, a.name, a.group_label, a.launch_url, ${redirectUrisColumn()} AS redirect_uris, ${providerColumn()} AS provider, ${iconColumn()} AS icon
       FROM access_subject s CROSS JOIN applications a
      WHERE ${after ? "(a.name, a.id) > (?, ?::uuid) AND " : ""}${mayAccess("a")}
      ORDER BY a.name, a.id LIMIT ?`,
    [input.userId, ...(after ?? []), window.take],
  );
  return pageOf(rows, window, (last) => [last.name, last.id], (row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    group: row.group_label,
    launchUrl: guessLaunchUrl(row.launch_url, row.redirect_uris),
    provider: row.provider,
    icon: row.icon,
  }));
}
