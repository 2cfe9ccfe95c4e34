/** `/login`: the default authentication flow, then on to `?next=` (the console's home, or an OAuth authorization waiting for the sign-in). */
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, Show } from "solid-js";
import { FlowLayout } from "../../components/flow/flow-layout";
import { FlowRunner } from "../../components/flow/flow-runner";
import { SignUpLink } from "../../components/flow/sign-up-link";
import { isServerPath, safeNext } from "../../lib/safe-next";
import { firstParam } from "../../lib/search-param";
import { useSession } from "../../lib/session";

const loginFlow = "default-authentication-flow";

export default function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signedOut = () => session.me.state === "errored" || (session.me.state === "ready" && session.me() === null);
  document.title = "Sign in · Roster";

  // Covers both someone already signed in opening /login and the end of the flow (after refresh).
  createEffect(() => {
    if (session.me.state !== "ready" || session.me() === null) return;
    const next = safeNext(firstParam(params.next));
    // Back to an authorization an application started: the provider answers that URL.
    if (isServerPath(next)) window.location.replace(next);
    else navigate(next, { replace: true });
  });

  return (
    <Show when={signedOut()} fallback={<FlowLayout title="Sign in" subtitle="Loading…" />}>
      <FlowRunner slug={loginFlow} title="Sign in" onRedirect={() => void session.refresh()} below={<SignUpLink />} />
    </Show>
  );
}
