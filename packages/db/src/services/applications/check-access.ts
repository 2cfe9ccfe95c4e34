/**
 * `applications.checkAccess`: the verdict of the access predicate for one user and application,
 * and why — each binding in order, whether it matched (through which of the user's groups) and
 * passed. The per-binding columns use the predicate's own `bindingMatches` / `bindingPasses`.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, explainAccess, type TCheckAccessResult, type TEvaluatedBinding, type TPolicyEngineMode } from "@roster/core";
import { sql } from "../../sql.js";
import { groupAncestorsByOriginCte } from "../groups/group-tree.js";
import { accessSubjectCte, bindingMatches, bindingPasses, mayAccess } from "./access-predicate.js";

interface Verdict {
  passing: boolean;
  username: string;
  is_active: boolean;
  name: string;
  policy_engine_mode: TPolicyEngineMode;
}

export async function checkAccess(em: EntityManager, applicationId: string, userId: string): Promise<TCheckAccessResult> {
  const [verdict] = await sql<Verdict>(
    em,
    `WITH ${accessSubjectCte}
     SELECT ${mayAccess("a")} AS passing, s.username, s.is_active, a.name, a.policy_engine_mode
       FROM access_subject s CROSS JOIN applications a WHERE a.id = ?`,
    [userId, applicationId],
  );
  if (!verdict) {
    const applications = await sql(em, "SELECT 1 FROM applications WHERE id = ?", [applicationId]);
    throw AppError.notFound(applications.length === 0 ? "Application" : "User");
  }
  const bindings = await evaluateBindings(em, applicationId, userId);
  return {
    passing: verdict.passing,
    messages: explainAccess({ username: verdict.username, isActive: verdict.is_active, applicationName: verdict.name, mode: verdict.policy_engine_mode, bindings, passing: verdict.passing }),
  };
}

/** Every binding of the application, evaluated for the user, in order. */
export async function evaluateBindings(em: EntityManager, applicationId: string, userId: string): Promise<TEvaluatedBinding[]> {
  return sql<TEvaluatedBinding>(
    em,
    `WITH RECURSIVE ${groupAncestorsByOriginCte("reach", "SELECT group_id FROM group_users WHERE user_id = ?")}, ${accessSubjectCte}
     SELECT b."order", b.negate, b.enabled,
            CASE WHEN u.id IS NOT NULL THEN json_build_object('id', u.id, 'username', u.username) END AS "user",
            CASE WHEN g.id IS NOT NULL THEN json_build_object('id', g.id, 'name', g.name) END AS "group",
            ${bindingMatches("b")} AS matched, ${bindingPasses("b")} AS passing,
            CASE WHEN b.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reach d WHERE d.origin = b.group_id) THEN
              (SELECT vg.name FROM reach r JOIN groups vg ON vg.id = r.origin WHERE r.group_id = b.group_id ORDER BY vg.name LIMIT 1)
            END AS via
       FROM access_subject s
       JOIN policy_bindings b ON b.application_id = ?
       LEFT JOIN users u ON u.id = b.user_id
       LEFT JOIN groups g ON g.id = b.group_id
      ORDER BY b."order", b.id`,
    [userId, userId, applicationId],
  );
}
