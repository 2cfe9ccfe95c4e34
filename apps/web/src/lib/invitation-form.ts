/**
 * The Create invitation form: its values as typed, the fixed data checked as you type (YAML or
 * JSON, by the same rule the server applies), and the `invitations.create` input.
 */
import { fixedDataProblem, type TInvitationCreate, type TInvitationFixedData, type TInvitationStatus } from "@roster/core";
import { fromDateTimeLocal } from "./token-form";
import { parseYamlObject } from "./yaml-object";

export interface InvitationFormValues {
  name: string;
  /** An enrollment flow's id, or "" for `default-enrollment-flow`. */
  flowId: string;
  /** `YYYY-MM-DDTHH:mm` in the viewer's time zone, or empty for never. */
  expires: string;
  singleUse: boolean;
  notifyCreator: boolean;
  fixedData: string;
}

export const fixedDataExample = "path: users/contractors\nattributes:\n  company: acme\ngroups:\n  - contractors";

export function newInvitationForm(): InvitationFormValues {
  return { name: "", flowId: "", expires: "", singleUse: true, notifyCreator: true, fixedData: "{}" };
}

export type ParsedFixedData = { ok: true; value: TInvitationFixedData } | { ok: false; message: string };

export function parseFixedData(text: string): ParsedFixedData {
  const parsed = parseYamlObject(text, "Fixed data");
  if (!parsed.ok) return parsed;
  const problem = fixedDataProblem(parsed.value);
  if (!problem) return { ok: true, value: parsed.value };
  return { ok: false, message: `${problem.key ? `${problem.key}: ` : ""}${problem.message}` };
}

export type InvitationCreateResult = { ok: true; input: TInvitationCreate } | { ok: false; fieldErrors: Record<string, string[]> };

export function invitationCreateInput(values: InvitationFormValues): InvitationCreateResult {
  const fixedData = parseFixedData(values.fixedData);
  if (!fixedData.ok) return { ok: false, fieldErrors: { fixedData: [fixedData.message] } };
  const expires = values.expires.trim() === "" ? null : fromDateTimeLocal(values.expires);
  if (values.expires.trim() !== "" && !expires) return { ok: false, fieldErrors: { expires: ["Enter a valid date and time."] } };
  return {
    ok: true,
    input: {
      name: values.name.trim(),
      ...(values.flowId ? { flowId: values.flowId } : {}),
      expires,
      singleUse: values.singleUse,
      notifyCreator: values.notifyCreator,
      fixedData: fixedData.value,
    },
  };
}

export const invitationStatusTones: Record<TInvitationStatus, "success" | "neutral" | "warning"> = { active: "success", used: "neutral", expired: "warning" };

export const invitationStatusLabels: Record<TInvitationStatus, string> = { active: "Active", used: "Used", expired: "Expired" };

/** A short reading of the fixed data for the list: "users/contractors · 1 attribute · contractors". */
export function fixedDataSummary(fixedData: TInvitationFixedData): string {
  const attributes = Object.keys(fixedData.attributes ?? {}).length;
  const parts = [fixedData.path, attributes > 0 ? `${attributes} attribute${attributes === 1 ? "" : "s"}` : null, (fixedData.groups ?? []).join(", ") || null];
  return parts.filter((part): part is string => Boolean(part)).join(" · ");
}
