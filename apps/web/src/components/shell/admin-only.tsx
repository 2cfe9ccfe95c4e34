/** Wraps the admin areas: people without `access_admin_console` see why instead of failing calls. */
import { A } from "@solidjs/router";
import { Show, type JSX } from "solid-js";
import { canAccessAdmin } from "../../lib/permissions";
import { useSignedIn } from "../../lib/session";
import { EmptyState } from "../../ui/empty-state";

export function AdminOnly(props: { children?: JSX.Element }) {
  const me = useSignedIn();
  return (
    <Show
      when={canAccessAdmin(me().permissions)}
      fallback={<EmptyState framed title="You do not have access to the admin console" description={<>Ask an administrator for the “access admin console” permission, or open <A href="/me/applications">your applications</A>.</>} />}
    >
      {props.children}
    </Show>
  );
}
