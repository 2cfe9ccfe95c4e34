/** A missing value as every page shows it (lib/missing-value.ts): the em dash, or a phrase, muted. */
import type { JSX } from "solid-js";
import { isMissing, missingMark } from "../lib/missing-value";

export function MissingValue(props: { text?: string }) {
  return <span class="muted">{props.text ?? missingMark}</span>;
}

/** `render(value)` when there is one, else the missing mark (or `missingText`). */
export function orMissing<Value>(value: Value | null | undefined, render: (value: Value) => JSX.Element, missingText?: string): JSX.Element {
  return isMissing(value) ? <MissingValue text={missingText} /> : render(value as Value);
}

/** Text as it is, or the missing mark. */
export function textOrMissing(value: string | null | undefined): JSX.Element {
  return orMissing(value, (text) => text);
}
