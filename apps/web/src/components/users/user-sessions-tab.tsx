/** Sessions tab: the user's signed-in devices; deleting one (`change_user`) signs that device out on its next request. */
import type { TUser, TUserSession } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useSession, useSignedIn } from "../../lib/session";
import { mayTakeUserTabAction } from "../../lib/user-tab-actions";
import { trpc } from "../../lib/trpc";
import { plural, sessionsConfirmation } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { RelativeTime } from "../../ui/relative-time";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { SessionDevice } from "./session-device";
import { useApiQuery } from "../../lib/api-query";
import type { UserTabSource } from "../../lib/user-detail-tabs";

export function UserSessionsTab(props: { user: TUser; source: UserTabSource }) {
  const toast = useToast();
  const session = useSession();
  const me = useSignedIn();
  const mayDelete = () => mayTakeUserTabAction(me(), "deleteSessions");
  const sessions = useApiQuery(() => props.source, (source) => trpc.users.sessions.query({ userId: source.userId }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [deleting, setDeleting] = createSignal<TUserSession[]>([]);
  const [confirming, setConfirming] = createSignal(false);
  const rows = () => sessions.data()?.items ?? [];
  const confirmation = () => sessionsConfirmation(props.user.username, deleting().length, deleting().some((entry) => entry.current));

  const remove = async () => {
    const targets = deleting();
    const { deleted } = await trpc.sessions.delete.mutate({ ids: targets.map((entry) => entry.id) });
    toast.success(`${plural(deleted, "session")} deleted`);
    setSelected(new Set<string>());
    if (targets.some((entry) => entry.current)) await session.refresh();
    else await sessions.refetch();
  };

  const columns: Column<TUserSession>[] = [
    { key: "device", header: "Device", cell: (entry) => <SessionDevice session={entry} /> },
    { key: "ip", header: "IP address", cell: (entry) => <code>{entry.lastIp || "—"}</code> },
    { key: "created", header: "Signed in", cell: (entry) => <RelativeTime value={entry.createdAt} /> },
    { key: "last-used", header: "Last used", cell: (entry) => <RelativeTime value={entry.lastUsed} /> },
    { key: "expires", header: "Expires", cell: (entry) => <RelativeTime value={entry.expires} /> },
  ];

  return (
    <>
      <Show when={mayDelete()}>
        <div class="tab-toolbar">
          <Button variant="danger" disabled={selected().size === 0} onClick={() => (setDeleting(rows().filter((entry) => selected().has(entry.id))), setConfirming(true))}>
            Delete sessions
          </Button>
          <span class="muted">Select devices to sign out: a deleted session ends on that device's next request.</span>
        </div>
      </Show>
      <Show when={sessions.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label={`Sessions of ${props.user.username}`}
        columns={columns}
        rows={rows()}
        rowKey={(entry) => entry.id}
        rowLabel={(entry) => `Select session on ${entry.device}${entry.current ? " (this device)" : ""}`}
        loading={sessions.loading()}
        selected={mayDelete() ? selected() : undefined}
        onSelectionChange={setSelected}
        empty={<EmptyState title="No active sessions" description={`${props.user.username} is not signed in anywhere.`} />}
      />
      <ConfirmDialog open={confirming()} onClose={() => setConfirming(false)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
