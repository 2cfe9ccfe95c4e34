/**
 * A dialog's form values in a store, made fresh for each opening: dialogs are mounted keyed on
 * what they edit (`<Show when={mode} keyed>`), so nothing copies props into signals when one opens.
 */
import { createStore } from "solid-js/store";

export function createFormState<T extends object>(initial: T) {
  const [values, setValues] = createStore<T>(initial);
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  return { values, set };
}
