/**
 * `flows.import`: creates or updates the blueprint's flow (matched by slug) and stages (matched
 * by name) and binds the stages in list order, in one transaction. Importing the same blueprint
 * twice changes nothing the second time. Importing needs what editing needs: `add_stage` for each
 * stage it creates, `change_stage` for each existing stage whose settings it changes (also one
 * bound to other flows), and the stage settings' groups pass the trust rules for the importer.
 * `planFlowImport` tells all this before anything is written (`flows.importPlan`).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppError, blueprintIssueText, isStageType, stageMessages, type Actor, type TBlueprint, type TFlowDetail, type TFlowImportPlan, type TIssuePath } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { boundStageNames, designationConflict, replaceFlowBindings } from "./flow-bindings.js";
import { flowAdminUniqueViolation } from "./flow-conflicts.js";
import { getFlow } from "./flow-row.js";
import { sameSettings } from "./same-settings.js";
import { blueprintError, readBlueprint } from "./read-blueprint.js";
import { vouchedStageSettings } from "./stage-grants.js";

type Problem = (path: TIssuePath, message: string) => Error;

interface PlannedStage {
  name: string;
  type: string;
  settings: Record<string, unknown>;
  existing: { id: string; settings: Record<string, unknown> } | null;
  action: "create" | "change" | "keep";
  otherFlows: { slug: string; name: string }[];
}

export async function planFlowImport(em: EntityManager, actor: Actor, yaml: string): Promise<TFlowImportPlan> {
  const { blueprint, lineOf } = readBlueprint(yaml);
  const problem: Problem = (path, message) => blueprintError([blueprintIssueText({ path, message }, lineOf(path))]);
  return em.transactional(async (tx) => {
    const stages = await planStages(tx, actor, blueprint, problem, false);
    const existing = await sql<{ id: string }>(tx, "SELECT id FROM flows WHERE slug = ?", [blueprint.flow.slug]);
    const flowAction = existing[0] ? ((await flowChanges(tx, existing[0].id, blueprint)) ? "change" : "keep") : "create";
    return {
      flow: { slug: blueprint.flow.slug, action: flowAction },
      stages: stages.map(({ name, type, action, otherFlows }) => ({ name, type, action, otherFlows })),
    };
  });
}

export async function importFlowBlueprint(em: EntityManager, actor: Actor, yaml: string): Promise<TFlowDetail> {
  const { blueprint, lineOf } = readBlueprint(yaml);
  // Problems found in the database read like the blueprint's own, with their line.
  const problem: Problem = (path, message) => blueprintError([blueprintIssueText({ path, message }, lineOf(path))]);
  const id = await em
    .transactional(async (tx) => {
      const stages = await planStages(tx, actor, blueprint, problem, true);
      const stageIds: string[] = [];
      for (const stage of stages) stageIds.push(await writeStage(tx, actor, stage));
      return upsertFlow(tx, actor, blueprint, stageIds, problem);
    })
    .catch((error: unknown) => {
      throw flowAdminUniqueViolation(error);
    });
  return getFlow(em, id);
}

/** Each stage of the blueprint against the database: what importing does to it, checked against the importer's rights. */
async function planStages(em: EntityManager, actor: Actor, blueprint: TBlueprint, problem: Problem, lock: boolean): Promise<PlannedStage[]> {
  const planned: PlannedStage[] = [];
  for (const [index, stage] of blueprint.stages.entries()) {
    const rows = await sql<{ id: string; type: string; settings: Record<string, unknown> }>(em, `SELECT id, type, settings FROM stages WHERE name = ?${lock ? " FOR UPDATE" : ""}`, [stage.name]);
    const existing = rows[0] ?? null;
    if (existing && existing.type !== stage.type) {
      throw problem(["stages", index, "type"], `Stage "${stage.name}" already exists with type "${existing.type}"; a stage's type cannot change, so give this one another name`);
    }
    const settings = isStageType(stage.type) ? await vouchedStageSettings(em, actor, stage.type, stage.settings, `stages.${index}.settings`) : stage.settings;
    const action = !existing ? "create" : sameSettings(existing.settings, settings) ? "keep" : "change";
    if (action !== "keep") {
      const codename = action === "create" ? "add_stage" : "change_stage";
      if (!actor.permissions.has(codename)) throw AppError.forbidden(stageMessages.importNeeds(codename, action, stage.name));
    }
    const otherFlows = existing
      ? await sql<{ slug: string; name: string }>(
          em,
          "SELECT DISTINCT f.slug, f.name FROM flow_stage_bindings b JOIN flows f ON f.id = b.flow_id WHERE b.stage_id = ? AND f.slug <> ? ORDER BY f.slug",
          [existing.id, blueprint.flow.slug],
        )
      : [];
    planned.push({ name: stage.name, type: stage.type, settings, existing, action, otherFlows });
  }
  return planned;
}

async function writeStage(em: EntityManager, actor: Actor, stage: PlannedStage): Promise<string> {
  if (!stage.existing) {
    const id = newId();
    await sql(em, "INSERT INTO stages (id, name, type, settings, configured_by_id) VALUES (?, ?, ?, ?::jsonb, ?)", [id, stage.name, stage.type, JSON.stringify(stage.settings), actor.userId]);
    await recordModelEvent(em, actor, "model_created", { model: "stage", pk: id, name: stage.name }, { fields: { name: stage.name, type: stage.type, settings: stage.settings }, imported: true });
    return id;
  }
  if (stage.action === "change") {
    await sql(em, "UPDATE stages SET settings = ?::jsonb, configured_by_id = ? WHERE id = ?", [JSON.stringify(stage.settings), actor.userId, stage.existing.id]);
    const changes = { settings: { from: stage.existing.settings, to: stage.settings } };
    await recordModelEvent(em, actor, "model_updated", { model: "stage", pk: stage.existing.id, name: stage.name }, { changes, imported: true, otherFlows: stage.otherFlows.map((flow) => flow.slug) });
  }
  return stage.existing.id;
}

/** Whether importing would change the existing flow's fields or its stage list. */
async function flowChanges(em: EntityManager, flowId: string, blueprint: TBlueprint): Promise<boolean> {
  const rows = await sql<{ name: string; title: string; designation: string }>(em, "SELECT name, title, designation FROM flows WHERE id = ?", [flowId]);
  const row = rows[0];
  if (!row) return true;
  const { flow } = blueprint;
  if (Object.keys(changedFields(row, { name: flow.name, title: flow.title, designation: flow.designation })).length > 0) return true;
  return JSON.stringify(await boundStageNames(em, flowId)) !== JSON.stringify(blueprint.stages.map((stage) => stage.name));
}

async function upsertFlow(em: EntityManager, actor: Actor, blueprint: TBlueprint, stageIds: readonly string[], problem: Problem): Promise<string> {
  const { flow } = blueprint;
  const names = blueprint.stages.map((stage) => stage.name);
  const rows = await sql<{ id: string; name: string; title: string; designation: string }>(em, "SELECT id, name, title, designation FROM flows WHERE slug = ? FOR UPDATE", [flow.slug]);
  const existing = rows[0];
  if (!existing) {
    const id = newId();
    await sql(em, "INSERT INTO flows (id, slug, name, title, designation) VALUES (?, ?, ?, ?, ?)", [id, flow.slug, flow.name, flow.title, flow.designation]);
    await replaceFlowBindings(em, id, stageIds);
    await recordModelEvent(em, actor, "model_created", { model: "flow", pk: id, name: flow.slug }, { fields: { ...flow, stages: names }, imported: true });
    return id;
  }
  if (existing.designation !== flow.designation) {
    const conflict = await designationConflict(em, existing.id, flow.designation);
    if (conflict) throw problem(["flow", "designation"], conflict);
  }
  const changes = changedFields(existing, { name: flow.name, title: flow.title, designation: flow.designation });
  await sql(em, "UPDATE flows SET name = ?, title = ?, designation = ? WHERE id = ?", [flow.name, flow.title, flow.designation, existing.id]);
  const before = await boundStageNames(em, existing.id);
  if (JSON.stringify(before) !== JSON.stringify(names)) {
    changes.stages = { from: before, to: names };
    await replaceFlowBindings(em, existing.id, stageIds);
  }
  if (Object.keys(changes).length > 0) await recordModelEvent(em, actor, "model_updated", { model: "flow", pk: existing.id, name: flow.slug }, { changes, imported: true });
  return existing.id;
}
