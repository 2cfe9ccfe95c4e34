/**
 * A flow blueprint: the YAML that `flows.import` reads and `flows.export` writes. Version 1 holds
 * one flow and its stages, bound in list order; stages are matched by name and the flow by slug.
 * The YAML itself is parsed in @roster/db (which knows lines); this checks what it holds.
 */
import { z } from "zod";
import { ZFlowDesignation } from "../flows/schema.js";
import { ZFlowName, ZFlowSlug, ZFlowTitle } from "./flow-schema.js";
import { issuesFromZod, requiredErrorMap, type TBlueprintIssue } from "./issues.js";
import { checkStageSettings, isStageType, unknownStageTypeMessage, ZStageName } from "./stage-schema.js";

const ZBlueprintStage = z.strictObject({
  name: ZStageName,
  type: z.string(),
  settings: z.record(z.string(), z.unknown()).nullish(),
});

export const ZBlueprint = z.strictObject({
  version: z.literal(1, "Only version 1 blueprints are supported"),
  flow: z.strictObject({
    slug: ZFlowSlug,
    name: ZFlowName,
    title: ZFlowTitle.default(""),
    designation: ZFlowDesignation,
  }),
  stages: z.array(ZBlueprintStage),
});

export interface TBlueprintStage {
  name: string;
  type: string;
  settings: Record<string, unknown>;
}

export interface TBlueprint {
  version: 1;
  flow: z.infer<typeof ZBlueprint>["flow"];
  stages: TBlueprintStage[];
}

/** The blueprint with each stage's settings as its type reads them, or every problem found. */
export function checkBlueprint(data: unknown): { blueprint: TBlueprint } | { issues: TBlueprintIssue[] } {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { issues: [{ path: [], message: "A blueprint is a YAML mapping with version, flow and stages" }] };
  }
  const result = ZBlueprint.safeParse(data, { error: requiredErrorMap });
  const issues = result.success ? [] : issuesFromZod(result.error);
  // Stages are checked one by one even when the rest is wrong, so that every problem shows at once.
  const rawStages: unknown = (data as { stages?: unknown }).stages;
  const stages: TBlueprintStage[] = [];
  const firstIndex = new Map<string, number>();
  (Array.isArray(rawStages) ? rawStages : []).forEach((raw: unknown, index) => {
    const stage = ZBlueprintStage.safeParse(raw);
    if (!stage.success) return;
    const { name, type, settings } = stage.data;
    const seen = firstIndex.get(name);
    if (seen === undefined) firstIndex.set(name, index);
    else issues.push({ path: ["stages", index, "name"], message: `Stage "${name}" is already listed as stages[${seen}]; a stage can be bound only once in a flow` });
    if (!isStageType(type)) {
      issues.push({ path: ["stages", index, "type"], message: unknownStageTypeMessage(type) });
      return;
    }
    const checked = checkStageSettings(type, settings);
    if ("issues" in checked) issues.push(...checked.issues.map((issue) => ({ ...issue, path: ["stages", index, "settings", ...issue.path] })));
    else stages.push({ name, type, settings: checked.settings });
  });
  if (!result.success || issues.length > 0) return { issues };
  return { blueprint: { version: 1, flow: result.data.flow, stages } };
}
