/** The group page's Members: direct members, Add members, and Remove for the chosen ones. */
import { A } from "@solidjs/router";
import type { TGroup, TGroupMember } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { removeMembersConfirmation } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { AddMembersDialog } from "./add-members-dialog";

const columns: Column<TGroupMember>[] = [
  { key: "username", header: "Username", cell: (user) => <A href={`/directory/users/${user.id}`}>{user.username}</A> },
  { key: "name", header: "Name", cell: (user) => user.name || <span class="muted">—</span> },
  { key: "active", header: "Active", width: "110px", cell: (user) => (user.isActive ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>) },
];

export function GroupMembersTab(props: { group: TGroup; onChanged: () => void }) {
  const toast = useToast();
  const list = usePagedList(() => props.group.id, (groupId, cursor) => trpc.groups.members.query({ groupId, ...(cursor ? { cursor } : {}) }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [adding, setAdding] = createSignal(false);
  const [removing, setRemoving] = createSignal(false);
  const chosen = () => list.rows().filter((user) => selected().has(user.id));
  const confirmation = () => removeMembersConfirmation(props.group.name, chosen().map((user) => user.username));
  const changed = () => {
    setSelected(new Set<string>());
    void list.refresh();
    props.onChanged();
  };

  return (
    <div>
      <div class="directory-toolbar">
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add members
        </Button>
        <span class="spacer" />
        <Show when={chosen().length > 0}>
          <Button variant="danger" onClick={() => setRemoving(true)}>
            Remove ({chosen().length})
          </Button>
        </Show>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label={`Members of ${props.group.name}`}
        columns={columns}
        rows={list.rows()}
        rowKey={(user) => user.id}
        rowLabel={(user) => `Select ${user.username}`}
        loading={list.loading()}
        selected={selected()}
        onSelectionChange={setSelected}
        hasMore={list.hasMore()}
        loadingMore={list.loadingMore()}
        onLoadMore={() => void list.loadMore()}
        empty={<EmptyState title="No members yet" description="Add users with Add members." />}
      />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <AddMembersDialog open={adding()} group={props.group} onClose={() => setAdding(false)} onAdded={changed} />
      <ConfirmDialog
        open={removing()}
        onClose={() => setRemoving(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const result = await trpc.groups.removeMembers.mutate({ groupId: props.group.id, userIds: chosen().map((user) => user.id) });
          toast.success(`${plural(result.removed, "user")} removed from ${props.group.name}`);
          changed();
        }}
      />
    </div>
  );
}
