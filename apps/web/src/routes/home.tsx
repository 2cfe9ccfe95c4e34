/** `/`: the Overview for admins; everyone else goes to their applications. */
import { Navigate } from "@solidjs/router";
import { lazy, Show } from "solid-js";
import { homePath } from "../lib/navigation";
import { canAccessAdmin } from "../lib/permissions";
import { useSignedIn } from "../lib/session";

const Overview = lazy(() => import("./dashboards/overview"));

export default function Home() {
  const me = useSignedIn();
  return (
    <Show when={canAccessAdmin(me().permissions)} fallback={<Navigate href={homePath(me())} />}>
      <Overview />
    </Show>
  );
}
