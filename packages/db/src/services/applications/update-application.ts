/** Changes an application; fields left out keep their values, an icon of null removes it. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TApplication, type TApplicationUpdate } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { applicationUniqueViolation, assertSlugFree, iconColumns } from "./application-fields.js";
import { getApplication } from "./application-row.js";

const columns = {
  slug: "slug",
  name: "name",
  launchUrl: "launch_url",
  group: "group_label",
  metaDescription: "meta_description",
  metaPublisher: "meta_publisher",
  openInNewTab: "open_in_new_tab",
  policyEngineMode: "policy_engine_mode",
} as const;
type Field = keyof typeof columns;

export async function updateApplication(em: EntityManager, actor: Actor, input: TApplicationUpdate): Promise<TApplication> {
  const { id, icon, ...fields } = input;
  const newIcon = icon === undefined ? null : iconColumns(icon);
  await em
    .transactional(async (tx) => {
      const selectList = (Object.keys(columns) as Field[]).map((field) => `${columns[field]} AS "${field}"`).join(", ");
      const rows = await sql<Record<Field, unknown> & { iconKind: string | null }>(
        tx,
        `SELECT ${selectList}, CASE WHEN icon IS NOT NULL THEN 'upload' WHEN icon_url IS NOT NULL THEN 'url' END AS "iconKind" FROM applications WHERE id = ? FOR UPDATE`,
        [id],
      );
      const before = rows[0];
      if (!before) throw AppError.notFound("Application");
      if (fields.slug !== undefined && fields.slug !== before.slug) await assertSlugFree(tx, fields.slug, id);
      const changes = changedFields(before, fields);
      const sets: string[] = [];
      const params: unknown[] = [];
      for (const field of Object.keys(changes) as Field[]) {
        sets.push(`${columns[field]} = ?`);
        params.push(fields[field]);
      }
      // Removing an icon that is not there changes nothing, and records nothing.
      if (newIcon && !(icon === null && before.iconKind === null)) {
        sets.push("icon = ?, icon_content_type = ?, icon_sha256 = ?, icon_url = ?");
        params.push(newIcon.icon, newIcon.contentType, newIcon.sha256, newIcon.url);
        changes.icon = { from: before.iconKind, to: icon?.type ?? null };
      }
      if (sets.length === 0) return;
      await sql(tx, `UPDATE applications SET ${sets.join(", ")} WHERE id = ?`, [...params, id]);
      await recordModelEvent(tx, actor, "model_updated", { model: "application", pk: id, name: fields.name ?? String(before.name) }, { changes });
    })
    .catch((error: unknown) => {
      throw applicationUniqueViolation(error);
    });
  return getApplication(em, id);
}
