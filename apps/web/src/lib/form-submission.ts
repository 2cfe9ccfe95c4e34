/**
 * The state every create/edit dialog shares: busy while saving, the server's field errors under
 * their fields, and its other message above the form — exactly as the backend wrote them.
 */
import { createSignal, type Accessor } from "solid-js";
import { toClientError } from "./client-error";

export interface FormSubmission {
  busy: Accessor<boolean>;
  error: Accessor<string | null>;
  fieldErrors: Accessor<Record<string, string[]>>;
  /** Shows errors found before sending (client-side checks). */
  showFieldErrors(errors: Record<string, string[]>): void;
  /** Drops one field's errors, once the admin has changed what they were about. */
  clearFieldError(field: string): void;
  /** Runs the save; a failure becomes field errors, or the message when it names no field. */
  run(save: () => Promise<void>): Promise<void>;
}

export interface FormSubmissionOptions {
  /**
   * The fields the form shows errors under; errors for any other field become the message. All by
   * default. `provider.*` takes every field under `provider` (`provider.redirectUris.0`).
   */
  fields?: readonly string[];
}

function shownField(fields: readonly string[], field: string): boolean {
  return fields.some((entry) => (entry.endsWith(".*") ? field.startsWith(entry.slice(0, -1)) : entry === field));
}

export function createFormSubmission(options: FormSubmissionOptions = {}): FormSubmission {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  return {
    busy,
    error,
    fieldErrors,
    showFieldErrors: setFieldErrors,
    clearFieldError(field) {
      // A list's errors sit under its items too (`redirectUris.2`): editing the list clears them all.
      const cleared = Object.keys(fieldErrors()).filter((key) => key === field || key.startsWith(`${field}.`));
      if (cleared.length === 0) return;
      setFieldErrors(Object.fromEntries(Object.entries(fieldErrors()).filter(([key]) => !cleared.includes(key))));
    },
    async run(save) {
      if (busy()) return;
      setBusy(true);
      setError(null);
      try {
        await save();
      } catch (caught) {
        const failure = toClientError(caught);
        const shown = options.fields ? Object.fromEntries(Object.entries(failure.fieldErrors).filter(([field]) => shownField(options.fields ?? [], field))) : failure.fieldErrors;
        setFieldErrors(shown);
        setError(Object.keys(shown).length > 0 ? null : failure.message);
      } finally {
        setBusy(false);
      }
    },
  };
}
