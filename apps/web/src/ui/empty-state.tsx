/** EmptyState: says plainly that there is nothing here, and what to do about it. */
import { Show, type JSX } from "solid-js";
import { InboxIcon } from "./icons";
import "./empty-state.css";

export function EmptyState(props: { title: string; description?: JSX.Element; icon?: JSX.Element; action?: JSX.Element; framed?: boolean }) {
  return (
    <div class={props.framed ? "empty-state empty-state-framed" : "empty-state"}>
      <div class="empty-state-icon">{props.icon ?? <InboxIcon />}</div>
      <h2>{props.title}</h2>
      <Show when={props.description}>
        <p>{props.description}</p>
      </Show>
      <Show when={props.action}>
        <div class="empty-state-action">{props.action}</div>
      </Show>
    </div>
  );
}
