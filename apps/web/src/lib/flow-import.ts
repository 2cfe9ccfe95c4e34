/** What the Import dialog lists under the editor, and how an exported blueprint is named when saved. */
import type { TFlowImportPlan } from "@roster/core";
import type { ClientError } from "./client-error";

/** Every problem of a refused blueprint (one per line, each naming its line), else the message. */
export function importProblems(error: ClientError): string[] {
  const lines = error.fieldErrors.yaml ?? [];
  return lines.length > 0 ? lines : [error.message];
}

export function blueprintFileName(slug: string): string {
  return `${slug.replace(/[^A-Za-z0-9_-]/g, "-") || "flow"}.yaml`;
}

/**
 * The existing stages an import would change, each naming the other flows that use it: what the
 * admin confirms before an import rewrites configuration shared with other flows.
 */
export function stagesChangedByImport(plan: TFlowImportPlan): string[] {
  return plan.stages
    .filter((stage) => stage.action === "change")
    .map((stage) => (stage.otherFlows.length > 0 ? `${stage.name} — also used by ${stage.otherFlows.map((flow) => flow.name).join(", ")}` : stage.name));
}
