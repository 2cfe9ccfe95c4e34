/**
 * An application's icon wherever it is shown (the Applications list, its page, My applications,
 * the form's preview): the image, or the initial of its name on a tile when it has none or the
 * image does not load.
 */
import { createEffect, createSignal, on, Show } from "solid-js";
import "./application-icon.css";

export type ApplicationIconSize = "small" | "medium" | "large";

export function ApplicationIcon(props: { name: string; url: string | null | undefined; size: ApplicationIconSize }) {
  const [failed, setFailed] = createSignal(false);
  createEffect(on(() => props.url, () => setFailed(false), { defer: true }));
  const initial = () => props.name.trim().slice(0, 1).toUpperCase() || "?";
  return (
    <Show when={props.url && !failed() ? props.url : null} fallback={<span class={`application-icon application-icon-${props.size} application-icon-initial`} aria-hidden="true">{initial()}</span>}>
      {(url) => <img class={`application-icon application-icon-${props.size}`} src={url()} alt="" onError={() => setFailed(true)} />}
    </Show>
  );
}
