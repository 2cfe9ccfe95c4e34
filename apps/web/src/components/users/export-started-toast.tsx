/**
 * "Export started" at the top right, like the kit's toasts, but with a link to Events › Data
 * Exports (the kit's toasts carry text only). Dismisses itself, or with its close button.
 */
import { A } from "@solidjs/router";
import { createEffect, on, onCleanup, Show } from "solid-js";
import { exportStartedMessage } from "../../lib/user-export";
import { Button } from "../../ui/button";
import { CloseIcon } from "../../ui/icons";
import "../../ui/toast.css";

const shownForMs = 10_000;

/** `exportId`: the export just started, or null when there is nothing to say. */
export function ExportStartedToast(props: { exportId: string | null; onDismiss: () => void }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => props.exportId,
      (exportId) => {
        clearTimeout(timer);
        if (exportId) timer = setTimeout(() => props.onDismiss(), shownForMs);
      },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return (
    <div class="toast-region export-started-region" role="status" aria-live="polite">
      <Show when={props.exportId}>
        <div class="toast">
          <span class="toast-message">
            {exportStartedMessage}.{" "}
            <A href="/events/exports" onClick={() => props.onDismiss()}>
              Open Data Exports
            </A>
          </span>
          <Button variant="ghost" size="small" aria-label="Dismiss" onClick={() => props.onDismiss()}>
            <CloseIcon />
          </Button>
        </div>
      </Show>
    </div>
  );
}
