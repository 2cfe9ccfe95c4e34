/** A text field's value now, and the value it settles on after a pause in typing (for searches). */
import { createSignal, onCleanup } from "solid-js";

export function createDebouncedText(delayMs = 250, initial = "") {
  const [text, setTextNow] = createSignal(initial);
  const [settled, setSettled] = createSignal(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const setText = (value: string) => {
    setTextNow(value);
    clearTimeout(timer);
    timer = setTimeout(() => setSettled(value.trim()), delayMs);
  };
  return { text, settled, setText };
}
