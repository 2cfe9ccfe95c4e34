/**
 * `/flow/:slug`: any flow (recovery, enrollment…), starting with the link's `?token=`. A redirect
 * inside the console is followed in place; one to another site leaves the console.
 */
import { useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { FlowRunner } from "../../components/flow/flow-runner";
import { internalPath } from "../../lib/safe-next";
import { firstParam } from "../../lib/search-param";
import { useSession } from "../../lib/session";

export default function FlowPage() {
  const params = useParams<{ slug: string }>();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  document.title = "Roster";

  const follow = async (to: string) => {
    await session.refresh();
    const path = internalPath(to, window.location.origin);
    if (path) navigate(path, { replace: true });
    else window.location.assign(to);
  };

  return (
    <Show when={params.slug} keyed>
      {(slug) => <FlowRunner slug={slug} token={firstParam(search.token)} title="Roster" onRedirect={(to) => void follow(to)} />}
    </Show>
  );
}
