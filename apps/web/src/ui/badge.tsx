/** Badge: a short status label ("Active", "Inherited"). */
import type { JSX } from "solid-js";
import "./badge.css";

export function Badge(props: { tone?: "neutral" | "success" | "warning" | "danger" | "info"; children: JSX.Element; title?: string }) {
  return (
    <span class={`badge badge-${props.tone ?? "neutral"}`} title={props.title}>
      {props.children}
    </span>
  );
}
