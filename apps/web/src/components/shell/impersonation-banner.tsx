/**
 * The amber banner above everything while an admin acts as someone else. Without `onStop`
 * (the API cannot end impersonation yet) the banner still shows, without the button.
 */
import { createSignal, Show } from "solid-js";
import { Button } from "../../ui/button";

export function ImpersonationBanner(props: { username: string; reason: string | null; onStop?: () => Promise<void> }) {
  const [busy, setBusy] = createSignal(false);
  const stop = async (onStop: () => Promise<void>) => {
    setBusy(true);
    try {
      await onStop();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="impersonation-banner" role="region" aria-label="Impersonation">
      <span>
        You are impersonating <strong>{props.username}</strong>
        <Show when={props.reason}> (reason: {props.reason})</Show>
      </span>
      <Show when={props.onStop}>
        {(onStop) => (
          <Button size="small" busy={busy()} onClick={() => void stop(onStop())}>
            Stop impersonation
          </Button>
        )}
      </Show>
    </div>
  );
}
