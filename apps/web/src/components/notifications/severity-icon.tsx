/** The mark in front of a notification: i for a notice, a triangle for a warning, a circle for an alert. */
import type { TSeverity } from "@roster/core";
import { Match, Switch } from "solid-js";

export function SeverityIcon(props: { severity: TSeverity }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <Switch>
        <Match when={props.severity === "warning"}>
          <path d="M8 2.5 14 13H2L8 2.5Z" />
          <path d="M8 6.5v3M8 11.2v.1" />
        </Match>
        <Match when={props.severity === "alert"}>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 4.8v3.7M8 10.8v.1" />
        </Match>
        <Match when={props.severity === "notice"}>
          <circle cx="8" cy="8" r="6" />
          <path d="M8 7.2v3.8M8 5v.1" />
        </Match>
      </Switch>
    </svg>
  );
}
