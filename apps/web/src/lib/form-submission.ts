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
  /** The fields the form shows errors under; errors for any other field become the message. All by default. */
  fields?: readonly string[];
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
      if (!(field in fieldErrors())) return;
      const { [field]: _cleared, ...rest } = fieldErrors();
      setFieldErrors(rest);
    },
    async run(save) {
      if (busy()) return;
      setBusy(true);
      setError(null);
      try {
        await save();
      } catch (caught) {
        const failure = toClientError(caught);
        const shown = options.fields ? Object.fromEntries(Object.entries(failure.fieldErrors).filter(([field]) => options.fields?.includes(field))) : failure.fieldErrors;
        setFieldErrors(shown);
        setError(Object.keys(shown).length > 0 ? null : failure.message);
      } finally {
        setBusy(false);
      }
    },
  };
}
