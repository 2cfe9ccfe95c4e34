/** What Flows & Stages ask before deleting, naming what goes and what it is used by. */
import { nameList, plural, type Confirmation } from "./user-texts";

export function deleteFlowsConfirmation(flows: readonly { slug: string; brands: readonly { domain: string }[] }[]): Confirmation {
  const one = flows.length === 1;
  const brands = [...new Set(flows.flatMap((flow) => flow.brands.map((brand) => brand.domain)))];
  const usedBy = brands.length > 0 ? ` ${one ? "It is" : "Some are"} used by ${plural(brands.length, "brand")} (${nameList(brands)}): choose another flow there first.` : "";
  return {
    title: one ? "Delete flow" : "Delete flows",
    consequence: `Delete ${plural(flows.length, "flow")}: ${nameList(flows.map((flow) => flow.slug))}? Their stage bindings and anyone midway through ${one ? "it" : "them"} are lost; the stages themselves stay.${usedBy} This cannot be undone.`,
    confirmLabel: "Delete",
  };
}

export function deleteStagesConfirmation(stages: readonly { name: string; flows: readonly { slug: string }[] }[]): Confirmation {
  const one = stages.length === 1;
  const flows = [...new Set(stages.flatMap((stage) => stage.flows.map((flow) => flow.slug)))];
  const boundTo = flows.length > 0 ? ` ${one ? "It is" : "Some are"} bound to ${plural(flows.length, "flow")} (${nameList(flows)}): remove ${one ? "it" : "them"} there first.` : "";
  return {
    title: one ? "Delete stage" : "Delete stages",
    consequence: `Delete ${plural(stages.length, "stage")}: ${nameList(stages.map((stage) => stage.name))}? Their settings are lost.${boundTo} This cannot be undone.`,
    confirmLabel: "Delete",
  };
}
