/** Directory › Invitations: list with status, Create (the link shown once), New link, Send by email, Delete. */
import type { TInvitation } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { InvitationFormDialog } from "../../../components/invitations/invitation-form-dialog";
import { InvitationsTable } from "../../../components/invitations/invitations-table";
import { SendInvitationDialog } from "../../../components/invitations/send-invitation-dialog";
import { KeyDialog, type NewKey } from "../../../components/tokens/key-dialog";
import { usePagedList } from "../../../lib/api-query";
import { toClientError } from "../../../lib/trpc";
import { deletedToast } from "../../../lib/directory-texts";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { Button } from "../../../ui/button";
import { ConfirmDialog } from "../../../ui/confirm-dialog";
import { PageHeader } from "../../../ui/page-header";
import { useToast } from "../../../ui/toast";
import "../../../styles/directory.css";

const linkStorage = "Roster stores only a hash of its key; use New link to replace it.";

export default function InvitationsPage() {
  const toast = useToast();
  const list = usePagedList(() => true, (_, cursor) => trpc.invitations.list.query(cursor ? { cursor } : {}));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"create" | "delete" | null>(null);
  const [sending, setSending] = createSignal<TInvitation | null>(null);
  const [shownLink, setShownLink] = createSignal<NewKey | null>(null);
  const chosen = () => list.rows().filter((invitation) => selected().has(invitation.id));
  const names = () => chosen().map((invitation) => invitation.name);
  const refresh = () => {
    setSelected(new Set<string>());
    void list.refresh();
  };
  const showLink = (name: string, link: string) => setShownLink({ title: "Invitation link", summary: <>The link of <code>{name}</code>. Send it to the person you invite:</>, key: link, storage: linkStorage, noun: "link" });
  const newLink = async (invitation: TInvitation) => {
    try {
      showLink(invitation.name, (await trpc.invitations.newLink.mutate({ id: invitation.id })).link);
    } catch (error) {
      toast.error(toClientError(error).message);
    }
  };

  return (
    <>
      <PageHeader {...pageInfo("/directory/invitations")} />
      <div class="directory-toolbar">
        <Button variant="primary" onClick={() => setDialog("create")}>
          Create
        </Button>
        <span class="spacer" />
        <Show when={chosen().length > 0}>
          <Button variant="danger" onClick={() => setDialog("delete")}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <InvitationsTable
        list={list}
        selected={selected()}
        onSelectionChange={setSelected}
        actions={(invitation) => (
          <Show when={invitation.status === "active"}>
            <div class="row-actions">
              <Button size="small" onClick={() => void newLink(invitation)}>
                New link
              </Button>
              <Button size="small" aria-label="Send by email" title="Send by email" onClick={() => setSending(invitation)}>
                Email
              </Button>
            </div>
          </Show>
        )}
      />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <InvitationFormDialog
        open={dialog() === "create"}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          showLink(created.name, created.link);
          refresh();
        }}
      />
      <SendInvitationDialog invitation={sending()} onClose={() => setSending(null)} />
      <KeyDialog shown={shownLink()} onClose={() => setShownLink(null)} />
      <ConfirmDialog
        open={dialog() === "delete"}
        onClose={() => setDialog(null)}
        title={names().length === 1 ? `Delete invitation ${names()[0] ?? ""}?` : `Delete ${names().length} invitations?`}
        consequence={`Their links stop working at once: ${names().join(", ")}. Accounts already created with them stay.`}
        confirmLabel="Delete"
        onConfirm={async () => {
          const deletedNames = names();
          const result = await trpc.invitations.delete.mutate({ ids: chosen().map((invitation) => invitation.id) });
          toast.success(deletedToast("invitation", deletedNames, result.deleted));
          refresh();
        }}
      />
    </>
  );
}
