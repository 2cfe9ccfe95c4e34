/** A session's device: the user agent's short name, "This device", and who impersonates through it. */
import type { TUserSession } from "@roster/core";
import { Show } from "solid-js";
import { Badge } from "../../ui/badge";

export function SessionDevice(props: { session: TUserSession }) {
  return (
    <span class="row" title={props.session.userAgent}>
      {props.session.device}
      <Show when={props.session.current}>
        <Badge tone="info">This device</Badge>
      </Show>
      <Show when={props.session.impersonatedBy}>{(admin) => <Badge tone="warning">Impersonated by {admin()}</Badge>}</Show>
    </span>
  );
}
