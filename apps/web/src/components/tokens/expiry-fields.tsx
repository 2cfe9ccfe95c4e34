/**
 * "Expiring" and, when it is on, the date and time the token stops working (empty: the default
 * duration); under them, when it will expire in words (lib/token-expiry.ts).
 */
import { Show } from "solid-js";
import { expirySummary } from "../../lib/token-expiry";
import { toDateTimeLocal } from "../../lib/token-form";
import type { FieldError } from "../../ui/field";
import { Checkbox } from "../../ui/checkbox";
import { TextField } from "../../ui/text-field";

export function ExpiryFields(props: { expiring: boolean; expires: string; onExpiring: (value: boolean) => void; onExpires: (value: string) => void; errors: Record<string, string[]> }) {
  const error = (field: string): FieldError => props.errors[field];
  return (
    <>
      <Checkbox label="Expiring" checked={props.expiring} onChange={props.onExpiring} error={error("expiring")} hint="A token that never expires works until it is deleted." />
      <Show when={props.expiring}>
        <TextField
          label="Expires"
          type="datetime-local"
          min={toDateTimeLocal(new Date())}
          value={props.expires}
          onValue={props.onExpires}
          error={error("expires")}
          hint="Your local time. Leave empty for the default token duration (System › Settings)."
        />
      </Show>
      <p class="field-hint" role="status">
        {expirySummary(props.expiring, props.expires, new Date())}
      </p>
    </>
  );
}
