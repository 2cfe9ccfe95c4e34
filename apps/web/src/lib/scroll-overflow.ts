/**
 * Whether a horizontally scrolling element has more to show on either side, kept up to date on
 * scroll and resize: the tab strip shows its fade edges and scroll buttons from it.
 */
import { createSignal, onCleanup } from "solid-js";

export interface ScrollOverflow {
  /** Content hidden to the left / to the right. */
  before: () => boolean;
  after: () => boolean;
  /** Re-read after the content changed (tabs added or removed). */
  update: () => void;
}

export function createScrollOverflow(element: () => HTMLElement | undefined): ScrollOverflow {
  const [before, setBefore] = createSignal(false);
  const [after, setAfter] = createSignal(false);
  const update = () => {
    const target = element();
    if (!target) return;
    // One pixel of slack: zoomed pages report fractional widths.
    setBefore(target.scrollLeft > 1);
    setAfter(target.scrollLeft + target.clientWidth < target.scrollWidth - 1);
  };
  const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(update);
  onCleanup(() => observer?.disconnect());
  return {
    before,
    after,
    update: () => {
      const target = element();
      if (target && observer) {
        observer.disconnect();
        observer.observe(target);
      }
      update();
    },
  };
}

/**
 * Scrolls `container` the least that shows all of `child`, keeping `margin` px clear of each edge
 * (where the fade and the scroll buttons sit). `container` must be `child`'s offset parent.
 */
export function revealHorizontally(container: HTMLElement, child: HTMLElement, margin: number): void {
  const start = child.offsetLeft;
  const end = start + child.offsetWidth;
  if (start - margin < container.scrollLeft) container.scrollLeft = Math.max(0, start - margin);
  else if (end + margin > container.scrollLeft + container.clientWidth) container.scrollLeft = end + margin - container.clientWidth;
}
