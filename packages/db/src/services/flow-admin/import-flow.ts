/**
 * `flows.import`: creates or updates the blueprint's flow (matched by slug) and stages (matched
 * by name) and binds the stages in list order, in one transaction. Importing the same blueprint
 * twice changes nothing the second time.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { blueprintIssueText, type Actor, type TBlueprint, type TFlowDetail, type TIssuePath } from "@roster/core";
import { sql } from "../../sql.js";
import { newId } from "../auth/secrets.js";
import { changedFields, recordModelEvent } from "../events/record-model-event.js";
import { boundStageNames, designationConflict, replaceFlowBindings } from "./flow-bindings.js";
import { flowAdminUniqueViolation } from "./flow-conflicts.js";
import { getFlow } from "./flow-row.js";
import { sameSettings } from "./same-settings.js";
import { blueprintError, readBlueprint } from "./read-blueprint.js";

type Problem = (path: TIssuePath, message: string) => Error;

export async function importFlowBlueprint(em: EntityManager, actor: Actor, yaml: string): Promise<TFlowDetail> {
  const { blueprint, lineOf } = readBlueprint(yaml);
  // Problems found in the database read like the blueprint's own, with their line.
  const problem: Problem = (path, message) => blueprintError([blueprintIssueText({ path, message }, lineOf(path))]);
  const id = await em
    .transactional(async (tx) => {
      const stageIds: string[] = [];
      for (const [index, stage] of blueprint.stages.entries()) stageIds.push(await upsertStage(tx, actor, stage, index, problem));
      return upsertFlow(tx, actor, blueprint, stageIds, problem);
    })
    .catch((error: unknown) => {
      throw flowAdminUniqueViolation(error);
    });
  return getFlow(em, id);
}

async function upsertStage(em: EntityManager, actor: Actor, stage: TBlueprint["stages"][number], index: number, problem: Problem): Promise<string> {
  const rows = await sql<{ id: string; type: string; settings: Record<string, unknown> }>(em, "SELECT id, type, settings FROM stages WHERE name = ? FOR UPDATE", [stage.name]);
  const existing = rows[0];
  if (!existing) {
    const id = newId();
    await sql(em, "INSERT INTO stages (id, name, type, settings) VALUES (?, ?, ?, ?::jsonb)", [id, stage.name, stage.type, JSON.stringify(stage.settings)]);
    await recordModelEvent(em, actor, "model_created", { model: "stage", pk: id, name: stage.name }, { fields: { ...stage }, imported: true });
    return id;
  }
  if (existing.type !== stage.type) {
    throw problem(["stages", index, "type"], `Stage "${stage.name}" already exists with type "${existing.type}"; a stage's type cannot change, so give this one another name`);
  }
  if (!sameSettings(existing.settings, stage.settings)) {
    await sql(em, "UPDATE stages SET settings = ?::jsonb WHERE id = ?", [JSON.stringify(stage.settings), existing.id]);
    const changes = { settings: { from: existing.settings, to: stage.settings } };
    await recordModelEvent(em, actor, "model_updated", { model: "stage", pk: existing.id, name: stage.name }, { changes, imported: true });
  }
  return existing.id;
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
