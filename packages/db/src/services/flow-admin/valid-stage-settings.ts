import { AppError, checkStageSettings, type TStageType } from "@roster/core";

/**
 * The settings as the stage type reads them (defaults filled in), or a BAD_REQUEST with every
 * problem under `settings.<path>`, keyed like the API's other field errors.
 */
export function validStageSettings(type: TStageType, settings: Record<string, unknown>): Record<string, unknown> {
  const checked = checkStageSettings(type, settings);
  if ("settings" in checked) return checked.settings;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of checked.issues) (fieldErrors[["settings", ...issue.path].join(".")] ??= []).push(issue.message);
  const first = checked.issues[0];
  const message = first ? `${["settings", ...first.path].join(".")}: ${first.message}` : "These settings are not valid.";
  throw new AppError("BAD_REQUEST", message, { fieldErrors });
}
