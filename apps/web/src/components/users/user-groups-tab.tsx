/** Groups tab: the user's groups, Remove, "Add to existing group" and "Add new group". */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { trpc } from "../../lib/trpc";
import { nameList, plural, removalConfirmation } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { NameDialog } from "./name-dialog";
import { PickDialog, type PickItem } from "./pick-dialog";
import { useApiQuery } from "../../lib/api-query";

type UserGroup = Awaited<ReturnType<typeof trpc.users.groups.query>>["items"][number];

export function UserGroupsTab(props: { user: TUser; onChanged: () => void }) {
  const toast = useToast();
  const groups = useApiQuery(() => props.user.id, (userId) => trpc.users.groups.query({ userId }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"pick" | "new" | "remove" | null>(null);
  const rows = () => groups.data()?.items ?? [];
  // The confirmation keeps the names it opened with while the list refreshes behind it.
  const [removing, setRemoving] = createSignal<UserGroup[]>([]);

  const changed = async () => {
    setSelected(new Set<string>());
    await groups.refetch();
    props.onChanged();
  };
  const add = async (items: PickItem[]) => {
    await trpc.users.addToGroups.mutate({ userId: props.user.id, groupIds: items.map((item) => item.id) });
    toast.success(`${props.user.username} added to ${plural(items.length, "group")}: ${nameList(items.map((item) => item.name))}`);
    await changed();
  };
  const createAndAdd = async (name: string) => {
    const group = await trpc.groups.create.mutate({ name });
    await trpc.users.addToGroups.mutate({ userId: props.user.id, groupIds: [group.id] });
    toast.success(`Group ${group.name} created and ${props.user.username} added to it`);
    await changed();
  };
  const remove = async () => {
    const targets = removing();
    await trpc.users.removeFromGroups.mutate({ userId: props.user.id, groupIds: targets.map((group) => group.id) });
    toast.success(`${props.user.username} removed from ${plural(targets.length, "group")}`);
    await changed();
  };
  const confirmation = () => removalConfirmation(props.user.username, "group", removing().map((group) => group.name));

  const columns: Column<UserGroup>[] = [
    { key: "name", header: "Name", cell: (group) => group.name },
    { key: "parents", header: "Parents", cell: (group) => (group.parents.length > 0 ? group.parents.join(", ") : <span class="muted">—</span>) },
    { key: "superuser", header: "Super-user", width: "120px", cell: (group) => (group.isSuperuser ? <Badge tone="warning">Super-user</Badge> : <span class="muted">No</span>) },
  ];

  return (
    <>
      <div class="tab-toolbar">
        <Button variant="primary" onClick={() => setDialog("pick")}>
          Add to existing group
        </Button>
        <Button onClick={() => setDialog("new")}>Add new group</Button>
        <span class="spacer" />
        <Show when={selected().size > 0}>
          <Button variant="danger" onClick={() => (setRemoving(rows().filter((group) => selected().has(group.id))), setDialog("remove"))}>
            Remove
          </Button>
        </Show>
      </div>
      <Show when={groups.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Table
        label={`Groups of ${props.user.username}`}
        columns={columns}
        rows={rows()}
        rowKey={(group) => group.id}
        rowLabel={(group) => `Select ${group.name}`}
        loading={groups.loading()}
        selected={selected()}
        onSelectionChange={setSelected}
        empty={<EmptyState title="Not in any group" description="Groups give their members roles. Add the user to a group to grant access." />}
      />
      <PickDialog
        open={dialog() === "pick"}
        onClose={() => setDialog(null)}
        title="Add to existing group"
        description={`Choose the groups ${props.user.username} should join.`}
        searchLabel="Search groups"
        load={async (search) => (await trpc.groups.list.query({ ...(search ? { search } : {}), limit: 50 })).items.map((group) => ({ id: group.id, name: group.name }))}
        taken={new Set(rows().map((group) => group.id))}
        takenNote="already a member"
        submitLabel="Add"
        onSubmit={add}
      />
      <NameDialog open={dialog() === "new"} onClose={() => setDialog(null)} title="Add new group" description={`Creates the group and adds ${props.user.username} to it.`} label="Group name" submitLabel="Create and add" onSubmit={createAndAdd} />
      <ConfirmDialog open={dialog() === "remove"} onClose={() => setDialog(null)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
