/** PageHeader: the page's title (beside its icon, if it has one), its one-line description, then its toolbar. Also names the browser tab. */
import { createEffect, Show, type JSX } from "solid-js";
import "./page-header.css";

export function PageHeader(props: { title: string; description?: string; icon?: JSX.Element; toolbar?: JSX.Element }) {
  createEffect(() => {
    document.title = `${props.title} · Roster`;
  });
  const heading = () => (
    <>
      <h1>{props.title}</h1>
      <Show when={props.description}>
        <p class="page-header-description">{props.description}</p>
      </Show>
    </>
  );
  return (
    <header class="page-header">
      <Show when={props.icon} fallback={heading()}>
        <div class="page-header-identity">
          {props.icon}
          <div class="page-header-text">{heading()}</div>
        </div>
      </Show>
      <Show when={props.toolbar}>
        <div class="page-header-toolbar">{props.toolbar}</div>
      </Show>
    </header>
  );
}
