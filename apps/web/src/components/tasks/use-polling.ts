/** Calls `refresh` every `intervalMs` while the page is visible (the Jobs and Workers tabs refresh live). */
import { onCleanup } from "solid-js";

export function usePolling(refresh: () => void, intervalMs: number): void {
  const timer = setInterval(() => {
    if (document.visibilityState === "visible") refresh();
  }, intervalMs);
  onCleanup(() => clearInterval(timer));
}
