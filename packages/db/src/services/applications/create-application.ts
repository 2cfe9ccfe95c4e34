import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TApplication, TApplicationCreate } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { applicationUniqueViolation, assertSlugFree, iconColumns } from "./application-fields.js";
import { getApplication } from "./application-row.js";

export async function createApplication(em: EntityManager, actor: Actor, input: TApplicationCreate): Promise<TApplication> {
  const icon = iconColumns(input.icon);
  const id = newId();
  await em
    .transactional(async (tx) => {
      await assertSlugFree(tx, input.slug, null);
      await sql(
        tx,
        `INSERT INTO applications (id, slug, name, launch_url, group_label, meta_description, meta_publisher, open_in_new_tab, policy_engine_mode,
                                   icon, icon_content_type, icon_sha256, icon_url)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, input.slug, input.name, input.launchUrl, input.group, input.metaDescription, input.metaPublisher, input.openInNewTab, input.policyEngineMode, icon.icon, icon.contentType, icon.sha256, icon.url],
      );
      const { icon: _icon, ...fields } = input;
      await recordModelEvent(tx, actor, "model_created", { model: "application", pk: id, name: input.name }, { fields: { ...fields, icon: input.icon?.type ?? null } });
    })
    .catch((error: unknown) => {
      throw applicationUniqueViolation(error);
    });
  return getApplication(em, id);
}
