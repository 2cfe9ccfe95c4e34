/** Input and output shapes of the stages procedures, and the check of a stage's settings. */
import { z } from "zod";
import { ZPageInput } from "../common/pagination.js";
import { stageTypes, ZStageType, type TStageType } from "../flows/schema.js";
import { stageSettingsSchemas } from "../flows/stage-settings.js";
import { issuesFromZod, requiredErrorMap, type TBlueprintIssue } from "./issues.js";

export const stageMessages = {
  nameTaken: "A stage with this name already exists.",
  stagesMissing: "One or more of these stages do not exist.",
  duplicateStage: "A stage can be bound only once in a flow.",
  importNeeds: (codename: string, action: "create" | "change", name: string) =>
    `Importing this blueprint would ${action} the stage "${name}": you need the permission "${codename}".`,
} as const;

export const ZStageName = z
  .string()
  .trim()
  .min(1, "This field may not be blank.")
  .max(150, "Ensure this field has no more than 150 characters.");

export const ZStageSettings = z.record(z.string(), z.unknown());

/** A flow named in another object: enough to show and link it. */
export const ZFlowRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });
export type TFlowRef = z.infer<typeof ZFlowRef>;

export const ZStage = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string(),
  settings: ZStageSettings,
});
export type TStage = z.infer<typeof ZStage>;

export const ZStageListItem = ZStage.extend({
  /** The flows this stage is bound to, by slug. */
  flows: z.array(ZFlowRef),
});
export type TStageListItem = z.infer<typeof ZStageListItem>;

export const ZStageListFilter = z.object({
  type: ZStageType.optional(),
  /** Case-insensitive substring of the name. */
  search: z.string().max(150).optional(),
});
export type TStageListFilter = z.infer<typeof ZStageListFilter>;
export const ZStageListInput = ZStageListFilter.extend(ZPageInput.shape);

export const ZStageCreate = z.object({ name: ZStageName, type: ZStageType, settings: ZStageSettings.default({}) });
export type TStageCreate = z.infer<typeof ZStageCreate>;

/** The type of a stage never changes; its settings are checked against it. */
export const ZStageUpdate = z.object({ id: z.uuid(), name: ZStageName.optional(), settings: ZStageSettings.optional() });
export type TStageUpdate = z.infer<typeof ZStageUpdate>;

export function isStageType(type: string): type is TStageType {
  return (stageTypes as readonly string[]).includes(type);
}

export function unknownStageTypeMessage(type: string): string {
  return `Unknown stage type "${type}"`;
}

/**
 * The settings as the stage type reads them (defaults filled in), or the issues, with paths
 * relative to the settings object.
 */
export function checkStageSettings(type: TStageType, settings: unknown): { settings: Record<string, unknown> } | { issues: TBlueprintIssue[] } {
  const result = stageSettingsSchemas[type].safeParse(settings ?? {}, { error: requiredErrorMap });
  return result.success ? { settings: result.data } : { issues: issuesFromZod(result.error) };
}
