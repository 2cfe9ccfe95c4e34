/**
 * One row of a picker: a checkbox (or radio) labelled with the option's name, its detail, a
 * "Super-user" badge for a super-user group, and why it cannot be picked (`note`). Shared by
 * SearchPick and the user page's PickDialog, with the "Showing 20 of 34" line under the list.
 */
import { Show } from "solid-js";
import type { PickOption } from "../../lib/pick-sources";
import { Badge } from "../../ui/badge";
import "../../ui/field.css";
import "./pick-option-choice.css";

export function PickOptionChoice(props: { option: PickOption; type: "checkbox" | "radio"; name?: string | undefined; checked: boolean; disabled?: boolean; note?: string | undefined; onChange: (checked: boolean) => void }) {
  return (
    <label class="checkbox pick-option">
      <input type={props.type} name={props.name} checked={props.checked} disabled={props.disabled} onChange={(event) => props.onChange(event.currentTarget.checked)} />
      <span>{props.note ? `${props.option.label} (${props.note})` : props.option.label}</span>
      <Show when={props.option.detail}>
        <span class="muted">{props.option.detail}</span>
      </Show>
      <Show when={props.option.superuser}>
        <Badge tone="warning" title="Its members hold every permission">
          Super-user
        </Badge>
      </Show>
    </label>
  );
}

/** "Showing 20 of 34 — type to find more", when the list does not hold every match. */
export function MoreMatches(props: { note: string | null }) {
  return (
    <Show when={props.note}>
      <p class="field-hint pick-more" role="status">
        {props.note}
      </p>
    </Show>
  );
}
