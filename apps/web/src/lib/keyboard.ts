/** Console-wide shortcuts: `/` focuses the page's search field unless the person is typing. */
export interface KeyTarget {
  tagName: string;
  isContentEditable: boolean;
}

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName.toUpperCase());
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function isSearchShortcut(event: KeyPress, target: KeyTarget | null): boolean {
  return event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(target);
}

/** Pages mark their search field with this attribute. */
export const pageSearchAttribute = "data-page-search";
