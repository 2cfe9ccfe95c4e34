/** A duration typed as an amount and a unit (minutes, hours, days); the API stores seconds. */
import { createUniqueId, For } from "solid-js";
import { durationUnits, type DurationUnit } from "../../lib/duration";
import { describedBy, Field, type FieldError } from "../../ui/field";
import "./duration-field.css";

export function DurationField(props: { label: string; amount: string; unit: DurationUnit; onAmount: (value: string) => void; onUnit: (value: DurationUnit) => void; hint?: string; error?: FieldError }) {
  const id = createUniqueId();
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <div class="duration-field">
        <input {...describedBy(id, props.hint, props.error)} id={id} class="input" inputMode="decimal" value={props.amount} onInput={(event) => props.onAmount(event.currentTarget.value)} />
        <select class="input" aria-label={`${props.label} unit`} value={props.unit} onChange={(event) => props.onUnit(event.currentTarget.value as DurationUnit)}>
          <For each={durationUnits}>{(unit) => (
            <option value={unit.value} selected={unit.value === props.unit}>
              {unit.label}
            </option>
          )}</For>
        </select>
      </div>
    </Field>
  );
}
