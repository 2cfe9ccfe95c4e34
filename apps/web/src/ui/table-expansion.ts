/**
 * Which rows of a Table are open, by row key (so a row stays open when the list reloads), and
 * whether a click on a row is meant for the row itself rather than for a link or a button in it.
 */
import { createSignal } from "solid-js";

export function createExpansion() {
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return { isOpen: (key: string) => open().has(key), toggle };
}

const controls = "a, button, input, select, textarea, label, [role='menu']";

/** A click on the row's background: not on a control, and not the end of selecting its text. */
export function isRowBackgroundClick(event: MouseEvent): boolean {
  if (event.target instanceof Element && event.target.closest(controls)) return false;
  return (window.getSelection()?.toString() ?? "") === "";
}

/** The cell's full text on hover, when the column is too narrow and the text ends in an ellipsis. */
export function titleWhenClipped(event: MouseEvent): void {
  const cell = event.currentTarget;
  if (!(cell instanceof HTMLElement)) return;
  if (cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent?.trim() ?? "";
  else cell.removeAttribute("title");
}
