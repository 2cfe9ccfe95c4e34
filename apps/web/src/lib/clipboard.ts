/**
 * Copying a secret or a link: the Clipboard API first; where the browser refuses it (no secure
 * context, no permission, no focus) the text is selected, and the old `execCommand("copy")` is
 * tried on that selection. "selected" means the person has to press Ctrl+C (⌘C) themselves.
 */
export type CopyOutcome = "copied" | "selected";

export interface CopyEnvironment {
  writeText?: ((text: string) => Promise<void>) | undefined;
  /** Selects the shown text so that the person can copy it; true when something got selected. */
  select: () => boolean;
  /** `document.execCommand("copy")` on the current selection. */
  copySelection: () => boolean;
}

export async function copyWith(text: string, environment: CopyEnvironment): Promise<CopyOutcome> {
  if (environment.writeText) {
    try {
      await environment.writeText(text);
      return "copied";
    } catch {
      // Refused: fall through to the selection.
    }
  }
  if (!environment.select()) return "selected";
  try {
    return environment.copySelection() ? "copied" : "selected";
  } catch {
    return "selected";
  }
}

/** Copies `text`; on refusal selects `shown` (an input, or any element showing the text). */
export function copyText(text: string, shown: HTMLElement | undefined): Promise<CopyOutcome> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  return copyWith(text, {
    writeText: clipboard ? (value) => clipboard.writeText(value) : undefined,
    select: () => selectShown(shown),
    copySelection: () => document.execCommand("copy"),
  });
}

function selectShown(shown: HTMLElement | undefined): boolean {
  if (!shown) return false;
  if (shown instanceof HTMLInputElement || shown instanceof HTMLTextAreaElement) {
    shown.focus();
    shown.select();
    return true;
  }
  const selection = window.getSelection();
  if (!selection) return false;
  selection.selectAllChildren(shown);
  return true;
}
