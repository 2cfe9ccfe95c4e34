/** PageHeader: the page's title, its one-line description, then its toolbar. Also names the browser tab. */
import { createEffect, Show, type JSX } from "solid-js";
import "./page-header.css";

export function PageHeader(props: { title: string; description?: string; toolbar?: JSX.Element }) {
  createEffect(() => {
    document.title = `${props.title} · Roster`;
  });
  return (
    <header class="page-header">
      <h1>{props.title}</h1>
      <Show when={props.description}>
        <p class="page-header-description">{props.description}</p>
      </Show>
      <Show when={props.toolbar}>
        <div class="page-header-toolbar">{props.toolbar}</div>
      </Show>
    </header>
  );
}
