/**
 * The behaviour Dialog and Drawer share, on top of the native modal <dialog> (which makes the rest
 * of the page inert): open/close from a prop, ESC and backdrop clicks ask the owner to close,
 * Tab wraps inside, and focus returns to where it was when the dialog closes.
 */
import { createEffect, createSignal, onCleanup } from "solid-js";

// The open modal dialogs, innermost last: what is outside the last one is inert, so toasts are
// shown inside it.
const [openModals, setOpenModals] = createSignal<readonly HTMLDialogElement[]>([]);

/** The innermost open modal dialog, or null. */
export function topModal(): HTMLDialogElement | null {
  return openModals().at(-1) ?? null;
}

function showModal(dialog: HTMLDialogElement): void {
  dialog.showModal();
  setOpenModals((list) => [...list.filter((item) => item !== dialog), dialog]);
}

function closeModal(dialog: HTMLDialogElement): void {
  dialog.close();
  setOpenModals((list) => list.filter((item) => item !== dialog));
}

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useModal(element: () => HTMLDialogElement | undefined, open: () => boolean): void {
  let returnFocus: HTMLElement | null = null;

  const restore = () => {
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus();
  };

  createEffect(() => {
    const dialog = element();
    if (!dialog) return;
    if (open() && !dialog.open) {
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      showModal(dialog);
      initialFocus(dialog)?.focus();
    } else if (!open() && dialog.open) {
      closeModal(dialog);
      restore();
    }
  });

  onCleanup(() => {
    const dialog = element();
    if (dialog?.open) {
      closeModal(dialog);
      restore();
    }
  });
}

/** The first field of the body, else the first footer button (Cancel, for confirmations). */
function initialFocus(dialog: HTMLDialogElement): HTMLElement | null {
  return (
    dialog.querySelector<HTMLElement>("[data-autofocus]") ??
    dialog.querySelector<HTMLElement>(`:is(.dialog-body, .drawer-body) :is(${focusable})`) ??
    dialog.querySelector<HTMLElement>(`.dialog-footer :is(${focusable})`)
  );
}

/** Handlers for the <dialog> element itself. */
export function modalHandlers(onClose: () => void) {
  return {
    onCancel: (event: Event) => {
      event.preventDefault();
      onClose();
    },
    onClick: (event: MouseEvent) => {
      if (event.target === event.currentTarget) onClose();
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Tab") return;
      const dialog = event.currentTarget as HTMLElement;
      const items = Array.from(dialog.querySelectorAll<HTMLElement>(focusable)).filter((item) => item.offsetParent !== null);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    },
  };
}
