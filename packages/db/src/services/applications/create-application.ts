import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor, TApplicationCreate, TApplicationWithSecret } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { recordModelEvent } from "../events/record-model-event.js";
import { providerWrite } from "../oauth/provider-fields.js";
import type { SealingKey } from "../oauth/sealed-secrets.js";
import { applicationUniqueViolation, assertSlugFree, iconColumns } from "./application-fields.js";
import { getApplication } from "./application-row.js";

/** Creates an application; with a provider, its client secret (confidential clients) is returned this once. */
export async function createApplication(em: EntityManager, actor: Actor, sealing: SealingKey, input: TApplicationCreate): Promise<TApplicationWithSecret> {
  const icon = iconColumns(input.icon);
  const id = newId();
  const clientSecret = await em
    .transactional(async (tx) => {
      await assertSlugFree(tx, input.slug, null);
      const provider = await providerWrite(tx, sealing, input.provider, { provider: null, hasSecret: false });
      await sql(
        tx,
        `INSERT INTO applications (id, slug, name, launch_url, group_label, meta_description, meta_publisher, open_in_new_tab, policy_engine_mode,
                                   icon, icon_content_type, icon_sha256, icon_url, provider, client_secret_sealed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)`,
        [id, input.slug, input.name, input.launchUrl, input.group, input.metaDescription, input.metaPublisher, input.openInNewTab, input.policyEngineMode, icon.icon, icon.contentType, icon.sha256, icon.url, JSON.stringify(provider.provider ?? {}), provider.sealedSecret ?? null],
      );
      const { icon: _icon, ...fields } = input;
      await recordModelEvent(tx, actor, "model_created", { model: "application", pk: id, name: input.name }, { fields: { ...fields, icon: input.icon?.type ?? null, provider: provider.provider } });
      return provider.clientSecret;
    })
    .catch((error: unknown) => {
      throw applicationUniqueViolation(error);
    });
  return { ...(await getApplication(em, id)), clientSecret };
}
