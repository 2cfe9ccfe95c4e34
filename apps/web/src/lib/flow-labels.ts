/** How the Flows & Stages pages name designations and stage types (every one, checked by the compiler). */
import type { TFlowDesignation, TStageType } from "@roster/core";

export const designationLabels: Record<TFlowDesignation, string> = {
  authentication: "Authentication",
  recovery: "Recovery",
  invalidation: "Invalidation",
  authorization: "Authorization",
  stage_configuration: "Stage configuration",
  enrollment: "Enrollment",
};

export const stageTypeLabels: Record<TStageType, string> = {
  identification: "Identification",
  password: "Password",
  authenticator_validate: "Authenticator validation",
  authenticator_totp: "Authenticator app setup",
  authenticator_static: "Recovery codes setup",
  authenticator_webauthn: "Passkey setup",
  email: "Email",
  prompt: "Prompt",
  user_write: "User write",
  user_login: "User login",
  user_logout: "User logout",
  consent: "Consent",
  invitation: "Invitation",
};

export function designationLabel(designation: string): string {
  return designationLabels[designation as TFlowDesignation] ?? designation;
}

export function stageTypeLabel(type: string): string {
  return stageTypeLabels[type as TStageType] ?? type;
}

export function labelOptions(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The tabs of `/flows` (`?tab=stages`). */
export const flowTabs = [
  { id: "flows", label: "Flows" },
  { id: "stages", label: "Stages" },
] as const;
