/** The centered card that login, recovery and every other flow page sit in. */
import { Show, type JSX } from "solid-js";
import { Logo } from "../logo";
import "./flow-layout.css";

export function FlowLayout(props: { title: string; subtitle?: string; children?: JSX.Element }) {
  return (
    <main class="flow-page">
      <div class="flow-brand">
        <Logo size={28} />
        Roster
      </div>
      <section class="flow-card" aria-labelledby="flow-title">
        <h1 id="flow-title">{props.title}</h1>
        <Show when={props.subtitle}>
          <p class="flow-subtitle">{props.subtitle}</p>
        </Show>
        {props.children}
      </section>
      <p class="flow-footer">Roster · user directory</p>
    </main>
  );
}
