/** Settings › Sessions: where the signed-in person is signed in, and "Sign out other sessions". */
import type { TUserSession } from "@roster/core";
import { createSignal, Show } from "solid-js";
import type { Query } from "../../lib/api-query";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { SessionDevice } from "../users/session-device";
import { orMissing } from "../missing-value";

const columns: Column<TUserSession>[] = [
  { key: "device", header: "Device", cell: (entry) => <SessionDevice session={entry} /> },
  { key: "ip", header: "Address", cell: (entry) => orMissing(entry.lastIp, (ip) => <code>{ip}</code>) },
  { key: "created", header: "Signed in", cell: (entry) => <RelativeTime value={entry.createdAt} /> },
  { key: "last-used", header: "Last used", cell: (entry) => <RelativeTime value={entry.lastUsed} /> },
];

export function OwnSessions(props: { sessions: Query<{ items: TUserSession[] }> }) {
  const toast = useToast();
  const [confirming, setConfirming] = createSignal(false);
  const rows = () => props.sessions.data()?.items ?? [];
  const others = () => rows().filter((entry) => !entry.current).length;

  return (
    <section class="me-section" aria-labelledby="own-sessions-title">
      <div class="me-section-header">
        <div>
          <h2 id="own-sessions-title">Sessions</h2>
          <p>The browsers and devices where you are signed in.</p>
        </div>
        <Show when={others() > 0}>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Sign out other sessions
          </Button>
        </Show>
      </div>
      <Show when={props.sessions.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table label="Your sessions" columns={columns} rows={rows()} rowKey={(entry) => entry.id} loading={props.sessions.loading()} empty={<EmptyState title="No sessions" description="You are signed in with a token, not a browser session." />} />
      <ConfirmDialog
        open={confirming()}
        onClose={() => setConfirming(false)}
        title="Sign out other sessions"
        consequence={`Sign out ${plural(others(), "other session")}? Every browser and device except this one must sign in again.`}
        confirmLabel="Sign out"
        onConfirm={async () => {
          const { signedOut } = await trpc.me.signOutOtherSessions.mutate();
          toast.success(signedOut === 0 ? "No other sessions to sign out" : `${plural(signedOut, "other session")} signed out`);
          await props.sessions.refetch();
        }}
      />
    </section>
  );
}
