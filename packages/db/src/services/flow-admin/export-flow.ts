/** `flows.export`: a flow with its stages as a blueprint that `flows.import` reads back. */
import type { EntityManager } from "@mikro-orm/postgresql";
import { checkStageSettings, isStageType } from "@roster/core";
import { Document } from "yaml";
import { getFlow } from "./flow-row.js";

export async function exportFlowBlueprint(em: EntityManager, id: string): Promise<string> {
  const flow = await getFlow(em, id);
  const blueprint = {
    version: 1,
    flow: { slug: flow.slug, name: flow.name, title: flow.title, designation: flow.designation },
    stages: flow.bindings.map(({ stage }) => ({ name: stage.name, type: stage.type, settings: readableSettings(stage.type, stage.settings) })),
  };
  const document = new Document(blueprint);
  document.commentBefore = ` ${flow.name}: exported from Roster. Import it with flows.import; the flow is matched by slug, stages by name.`;
  return document.toString({ lineWidth: 0 });
}

/** Settings in the order their schema declares (jsonb sorts keys otherwise). */
function readableSettings(type: string, settings: Record<string, unknown>): Record<string, unknown> {
  if (!isStageType(type)) return settings;
  const checked = checkStageSettings(type, settings);
  return "settings" in checked ? checked.settings : settings;
}
