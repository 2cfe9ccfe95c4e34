/**
 * The Create token and Create service account forms. Expiry is edited in a `datetime-local`
 * field (the viewer's time zone) and sent as an ISO instant; left empty, the server applies the
 * default token duration.
 */
export interface TokenFormValues {
  identifier: string;
  expiring: boolean;
  /** `YYYY-MM-DDTHH:mm`, or empty for the default duration. */
  expires: string;
  description: string;
}

export function newTokenForm(): TokenFormValues {
  return { identifier: "", expiring: true, expires: "", description: "" };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** A date as a `datetime-local` value in the viewer's time zone. */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; null when empty or not a date. */
export function fromDateTimeLocal(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text.trim())) return null;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export type ExpiryInput = { ok: true; value: { expiring: boolean; expires?: string } } | { ok: false; message: string };

export function expiryInput(expiring: boolean, expires: string): ExpiryInput {
  if (!expiring) return { ok: true, value: { expiring: false } };
  if (expires.trim() === "") return { ok: true, value: { expiring: true } };
  const iso = fromDateTimeLocal(expires);
  return iso ? { ok: true, value: { expiring: true, expires: iso } } : { ok: false, message: "Enter a valid date and time." };
}

export type TokenCreateInput = { identifier: string; description: string; expiring: boolean; expires?: string };

export function tokenCreateInput(values: TokenFormValues): { ok: true; input: TokenCreateInput } | { ok: false; fieldErrors: Record<string, string[]> } {
  const expiry = expiryInput(values.expiring, values.expires);
  if (!expiry.ok) return { ok: false, fieldErrors: { expires: [expiry.message] } };
  return { ok: true, input: { identifier: values.identifier.trim(), description: values.description.trim(), ...expiry.value } };
}

const intentLabels: Record<string, string> = { api: "API", app_password: "App password", recovery: "Recovery" };

export function intentLabel(intent: string): string {
  return intentLabels[intent] ?? intent;
}
