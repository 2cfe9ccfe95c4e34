/**
 * What an authorization needs to know about a client and a user, in one statement: the
 * application, whether its bindings let the user in, how its authorization flow's consent stage
 * asks (none: implicit consent), and the scopes of the user's still-valid consent.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { parseScopes, ZConsentSettings, type TConsentSettings } from "@roster/core";
import { sql } from "../../sql.js";
import { accessSubjectCte, mayAccess } from "../applications/access-predicate.js";

export interface AuthorizationContext {
  application: { id: string; name: string; slug: string; launchUrl: string | null };
  allowed: boolean;
  /** The consent stage's settings; null when the flow has no consent stage (implicit consent). */
  consent: TConsentSettings | null;
  /** Scopes of the user's unexpired consent for this application (empty when none). */
  givenScopes: string[];
}

interface Row {
  id: string;
  name: string;
  slug: string;
  launch_url: string;
  allowed: boolean;
  flow_found: boolean;
  consent_settings: Record<string, unknown> | null;
  given: string | null;
}

export async function loadAuthorizationContext(em: EntityManager, clientId: string, userId: string): Promise<AuthorizationContext | null> {
  const rows = await sql<Row>(
    em,
    `WITH ${accessSubjectCte}
     SELECT a.id, a.name, a.slug, a.launch_url, ${mayAccess("a")} AS allowed,
            f.id IS NOT NULL AS flow_found,
            (SELECT st.settings FROM flow_stage_bindings b JOIN stages st ON st.id = b.stage_id
              WHERE b.flow_id = f.id AND st.type = 'consent' ORDER BY b."order" LIMIT 1) AS consent_settings,
            (SELECT string_agg(c.permissions, ' ') FROM user_consents c
              WHERE c.user_id = s.id AND c.application_id = a.id AND (c.expires IS NULL OR c.expires > now())) AS given
       FROM access_subject s CROSS JOIN applications a
       LEFT JOIN flows f ON f.slug = a.provider->>'authorizationFlow'
      WHERE a.provider->>'clientId' = ?`,
    [userId, clientId],
  );
  const row = rows[0];
  if (!row) return null;
  // A flow that was deleted asks for consent rather than silently granting.
  const consent = row.consent_settings ? ZConsentSettings.parse(row.consent_settings) : row.flow_found ? null : ZConsentSettings.parse({});
  return {
    application: { id: row.id, name: row.name, slug: row.slug, launchUrl: row.launch_url || null },
    allowed: row.allowed,
    consent,
    givenScopes: consent?.mode === "always_require" ? [] : parseScopes(row.given),
  };
}
