/** Narrows validated values in the compiler; the checker has already refused other kinds. */
import type { QueryValue, ScalarValue } from "@roster/core";

export function stringOf(value: QueryValue): string {
  if (value.kind !== "string") throw new Error(`Expected a checked string value, got ${value.kind}.`);
  return value.value;
}

export function scalarOf(value: QueryValue): ScalarValue {
  if (value.kind === "list") throw new Error("Expected a checked single value, got a list.");
  return value;
}

export function itemsOf(value: QueryValue): ScalarValue[] {
  if (value.kind !== "list") throw new Error(`Expected a checked list, got ${value.kind}.`);
  return value.items;
}

export function stringsOf(value: QueryValue): string[] {
  return itemsOf(value).map(stringOf);
}
