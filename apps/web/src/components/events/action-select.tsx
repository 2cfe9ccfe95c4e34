/**
 * The Action filter. The kit's Select sets the value before its options exist, so a value read
 * from the URL on load would show "All actions"; here each option says whether it is selected.
 */
import { createUniqueId, For } from "solid-js";
import { actionLabel, eventActions } from "../../lib/event-actions";
import { Field } from "../../ui/field";

export function ActionSelect(props: { value: string; onValue: (value: string) => void }) {
  const id = createUniqueId();
  return (
    <Field id={id} label="Action">
      <select id={id} class="input" onChange={(event) => props.onValue(event.currentTarget.value)}>
        <option value="" selected={props.value === ""}>
          All actions
        </option>
        <For each={[...eventActions]}>
          {(action) => (
            <option value={action} selected={props.value === action}>
              {actionLabel(action)}
            </option>
          )}
        </For>
      </select>
    </Field>
  );
}
