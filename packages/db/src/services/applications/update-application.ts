/**
 * Changes an application; fields left out keep their values, an icon or provider of null removes
 * it. A provider keeps its client ID; one turned confidential gets a secret, returned this once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, type Actor, type TApplicationUpdate, type TApplicationWithSecret, type TOAuthProvider } from "@roster/core";
import { sql } from "../../sql.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { applicationUniqueViolation, assertSlugFree, iconColumns } from "./application-fields.js";
import { getApplication } from "./application-row.js";
import { sameSettings } from "../flow-admin/same-settings.js";
import { providerWrite } from "../oauth/provider-fields.js";
import type { SealingKey } from "../oauth/sealed-secrets.js";

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

export async function updateApplication(em: EntityManager, actor: Actor, sealing: SealingKey, input: TApplicationUpdate): Promise<TApplicationWithSecret> {
  const { id, icon, provider, ...fields } = input;
  const newIcon = icon === undefined ? null : iconColumns(icon);
  const clientSecret = await em
    .transactional(async (tx) => {
      const selectList = (Object.keys(columns) as Field[]).map((field) => `${columns[field]} AS "${field}"`).join(", ");
      const rows = await sql<Record<Field, unknown> & { iconKind: string | null; provider: TOAuthProvider | null; hasSecret: boolean }>(
        tx,
        `SELECT ${selectList}, CASE WHEN icon IS NOT NULL THEN 'upload' WHEN icon_url IS NOT NULL THEN 'url' END AS "iconKind",
                CASE WHEN provider->>'type' = 'oauth2' THEN provider END AS "provider", client_secret_sealed IS NOT NULL AS "hasSecret" FROM applications WHERE id = ? FOR UPDATE`,
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
      let secret: string | null = null;
      if (provider !== undefined) {
        const write = await providerWrite(tx, sealing, provider, before);
        if (!sameSettings(write.provider, before.provider)) {
          sets.push("provider = ?::jsonb");
          params.push(JSON.stringify(write.provider ?? {}));
          changes.provider = { from: before.provider, to: write.provider };
        }
        if (write.sealedSecret !== undefined && (write.sealedSecret !== null || before.hasSecret)) {
          sets.push("client_secret_sealed = ?");
          params.push(write.sealedSecret);
        }
        secret = write.clientSecret;
        // Without a provider, what was granted through it goes too.
        if (!write.provider && before.provider) {
          await sql(tx, "DELETE FROM user_consents WHERE application_id = ?", [id]);
          await sql(tx, "DELETE FROM refresh_tokens WHERE application_id = ?", [id]);
        }
      }
      if (sets.length === 0) return null;
      await sql(tx, `UPDATE applications SET ${sets.join(", ")} WHERE id = ?`, [...params, id]);
      await recordModelEvent(tx, actor, "model_updated", { model: "application", pk: id, name: fields.name ?? String(before.name) }, { changes });
      return secret;
    })
    .catch((error: unknown) => {
      throw applicationUniqueViolation(error);
    });
  return { ...(await getApplication(em, id)), clientSecret };
}
