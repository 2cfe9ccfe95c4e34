/** Wraps the admin areas: people without `access_admin_console` see why instead of failing calls. */
import { Show, type JSX } from "solid-js";
import { canAccessAdmin } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { NotAllowed } from "./not-allowed";

export function AdminOnly(props: { children?: JSX.Element }) {
  const me = useSignedIn();
  return (
    <Show when={canAccessAdmin(me().permissions)} fallback={<NotAllowed requirement="access_admin_console" />}>
      {props.children}
    </Show>
  );
}
