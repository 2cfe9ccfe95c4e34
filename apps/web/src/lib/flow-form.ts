/**
 * What a flow challenge asks for, as a form: its fields, the submit label and how the answer is
 * built. The login page and the generic flow page both render this, so every stage looks alike.
 */
import type { TFlowChallenge, TFlowResult } from "@roster/core";

export interface FlowField {
  name: string;
  label: string;
  type: "text" | "email" | "password";
  autocomplete: string;
  required: boolean;
  inputMode?: "numeric" | "email";
}

export interface FlowForm {
  fields: FlowField[];
  /** Null when the stage only informs (the email stage: "check your inbox"). */
  submitLabel: string | null;
  /** Shown above the fields. */
  message: string | null;
  /** Offer "Not you?" to start over with another account. */
  showNotYou: boolean;
  /** Sent with the fields' values (consent answers `{accept: true}`). */
  fixedResponse: Record<string, unknown>;
}

export function identifierLabel(userFields: TFlowChallenge["userFields"]): string {
  const fields = userFields && userFields.length > 0 ? userFields : ["username", "email"];
  if (fields.includes("username") && fields.includes("email")) return "Username or email";
  return fields.includes("email") ? "Email" : "Username";
}

export function challengeForm(challenge: TFlowChallenge): FlowForm {
  const base: FlowForm = { fields: [], submitLabel: "Continue", message: challenge.message ?? null, showNotYou: false, fixedResponse: {} };
  switch (challenge.component) {
    case "identification": {
      const emailOnly = challenge.userFields?.length === 1 && challenge.userFields[0] === "email";
      const field: FlowField = { name: "uid", label: identifierLabel(challenge.userFields), type: emailOnly ? "email" : "text", autocomplete: "username", required: true };
      // "Log in" only where the flow signs in; a recovery flow asks who you are, then continues.
      return { ...base, fields: [field], submitLabel: challenge.flow.designation === "authentication" ? "Log in" : "Continue" };
    }
    case "password":
      return {
        ...base,
        fields: [{ name: "password", label: "Password", type: "password", autocomplete: "current-password", required: true }],
        submitLabel: "Continue",
        showNotYou: challenge.pendingUser !== null,
      };
    case "authenticator_validate": {
      const classes = (challenge.deviceChallenges ?? []).map((entry) => entry.deviceClass);
      const acceptsCode = classes.includes("totp") || classes.includes("static");
      const label = classes.includes("totp") ? (classes.includes("static") ? "Code from your authenticator app, or a recovery code" : "Code from your authenticator app") : "Recovery code";
      const passkey = classes.includes("webauthn");
      const ask = passkey ? (acceptsCode ? "Use your passkey, or enter a code." : "Use your passkey to finish signing in.") : "Enter a code to finish signing in.";
      return {
        ...base,
        message: challenge.message ?? ask,
        fields: acceptsCode ? [{ name: "code", label, type: "text", autocomplete: "one-time-code", required: true, ...(classes.includes("static") ? {} : { inputMode: "numeric" as const }) }] : [],
        submitLabel: acceptsCode ? "Continue" : null,
        showNotYou: challenge.pendingUser !== null,
      };
    }
    case "authenticator_totp":
      return { ...base, fields: [{ name: "code", label: "Code from the app", type: "text", autocomplete: "one-time-code", required: true, inputMode: "numeric" }], submitLabel: "Verify" };
    case "authenticator_static":
      return { ...base, submitLabel: "I have saved these codes" };
    case "authenticator_webauthn":
      return { ...base, submitLabel: null };
    case "prompt":
      return { ...base, fields: (challenge.fields ?? []).map(promptField) };
    case "email":
      return { ...base, submitLabel: null, message: challenge.message ?? "Check your inbox: we sent you an email with a link to continue." };
    case "consent":
      return { ...base, submitLabel: "Accept", fixedResponse: { accept: true } };
    default:
      return base;
  }
}

function promptField(field: NonNullable<TFlowChallenge["fields"]>[number]): FlowField {
  const autocomplete = field.type === "password" ? "new-password" : field.type === "email" ? "email" : "off";
  return { name: field.name, label: field.label, type: field.type, autocomplete, required: field.required, ...(field.type === "email" ? { inputMode: "email" as const } : {}) };
}

/** The response `flows.execute` expects: the fields' values plus the stage's fixed answer. */
export function flowResponse(form: FlowForm, values: Record<string, string>): Record<string, unknown> {
  const response: Record<string, unknown> = { ...form.fixedResponse };
  for (const field of form.fields) response[field.name] = field.type === "password" ? (values[field.name] ?? "") : (values[field.name] ?? "").trim();
  return response;
}

/** Messages for one field: the challenge's `fieldErrors`, or a thrown error's. */
export function fieldMessages(fieldErrors: Record<string, string[]> | undefined, name: string): string[] {
  return fieldErrors?.[name] ?? [];
}

/** The challenge in a result, if that is what it is. */
export function challengeOf(result: TFlowResult | null): TFlowChallenge | null {
  return result?.type === "challenge" ? result : null;
}

/** The refusal message in a result, if the flow refused. */
export function deniedMessageOf(result: TFlowResult | null): string | null {
  return result?.type === "denied" ? result.message : null;
}

/**
 * The values to show again when a challenge answers a refused response of the same stage (field
 * errors, such as a taken username): what was typed, except passwords.
 */
export function retainedValues(challenge: TFlowChallenge, submitted: { component: string; values: Record<string, unknown> } | null): Record<string, string> {
  if (!submitted || submitted.component !== challenge.component || (!challenge.error && !challenge.fieldErrors)) return {};
  const kept: Record<string, string> = {};
  for (const field of challengeForm(challenge).fields) {
    const value = submitted.values[field.name];
    if (field.type !== "password" && typeof value === "string") kept[field.name] = value;
  }
  return kept;
}
