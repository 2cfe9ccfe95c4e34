/**
 * Groups tab: the user's groups (linked, with the parent groups whose roles they pass on),
 * Remove, "Add to existing group" and "Add new group" — each button only for an admin whose
 * permissions allow it.
 */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { searchGroups, superuserGroupWarning, type PickOption } from "../../lib/pick-sources";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import type { UserTabSource } from "../../lib/user-detail-tabs";
import { mayTakeUserTabAction, type UserTabAction } from "../../lib/user-tab-actions";
import { nameList, plural, removalConfirmation } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { GroupLink, GroupLinks } from "./directory-links";
import { NameDialog } from "./name-dialog";
import { PickDialog } from "./pick-dialog";

type UserGroup = Awaited<ReturnType<typeof trpc.users.groups.query>>["items"][number];

export function UserGroupsTab(props: { user: TUser; source: UserTabSource; onChanged: () => void }) {
  const toast = useToast();
  const me = useSignedIn();
  const may = (action: UserTabAction) => mayTakeUserTabAction(me(), action);
  const groups = useApiQuery(() => props.source, (source) => trpc.users.groups.query({ userId: source.userId }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"pick" | "new" | "remove" | null>(null);
  const rows = () => groups.data()?.items ?? [];
  // The confirmation keeps the names it opened with while the list refreshes behind it.
  const [removing, setRemoving] = createSignal<UserGroup[]>([]);

  // The page reloads the user (a super-user group makes a super-user) and, with it, this tab.
  const changed = () => {
    setSelected(new Set<string>());
    props.onChanged();
  };
  const add = async (options: PickOption[]) => {
    await trpc.users.addToGroups.mutate({ userId: props.user.id, groupIds: options.map((option) => option.id) });
    toast.success(`${props.user.username} added to ${plural(options.length, "group")}: ${nameList(options.map((option) => option.label))}`);
    changed();
  };
  const createAndAdd = async (name: string) => {
    const group = await trpc.groups.create.mutate({ name });
    await trpc.users.addToGroups.mutate({ userId: props.user.id, groupIds: [group.id] });
    toast.success(`Group ${group.name} created and ${props.user.username} added to it`);
    changed();
  };
  const remove = async () => {
    const targets = removing();
    await trpc.users.removeFromGroups.mutate({ userId: props.user.id, groupIds: targets.map((group) => group.id) });
    toast.success(`${props.user.username} removed from ${plural(targets.length, "group")}`);
    changed();
  };
  const confirmation = () => removalConfirmation(props.user.username, "group", removing().map((group) => group.name));

  const columns: Column<UserGroup>[] = [
    { key: "name", header: "Name", cell: (group) => <GroupLink group={group} /> },
    {
      key: "parents",
      header: "Parent groups",
      cell: (group) => (group.parents.length > 0 ? <span title="Members also get the roles of these groups">inherits from <GroupLinks groups={group.parents} /></span> : <span class="muted">—</span>),
    },
    { key: "superuser", header: "Super-user", width: "120px", cell: (group) => (group.isSuperuser ? <Badge tone="warning">Super-user</Badge> : <span class="muted">No</span>) },
  ];

  return (
    <>
      <div class="tab-toolbar">
        <Show when={may("addToExistingGroup")}>
          <Button variant="primary" onClick={() => setDialog("pick")}>
            Add to existing group
          </Button>
        </Show>
        <Show when={may("addToNewGroup")}>
          <Button onClick={() => setDialog("new")}>Add new group</Button>
        </Show>
        <span class="spacer" />
        <Show when={may("removeFromGroups") && selected().size > 0}>
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
        selected={may("removeFromGroups") ? selected() : undefined}
        onSelectionChange={setSelected}
        empty={<EmptyState title="Not in any group" description="Groups give their members roles. Add the user to a group to grant access." />}
      />
      <PickDialog
        open={dialog() === "pick"}
        onClose={() => setDialog(null)}
        title="Add to existing group"
        description={`Choose the groups ${props.user.username} should join.`}
        searchLabel="Search groups"
        load={searchGroups}
        taken={new Set(rows().map((group) => group.id))}
        takenNote="already a member"
        warning={(chosen) => superuserGroupWarning(props.user.username, chosen)}
        submitLabel="Add"
        onSubmit={add}
      />
      <NameDialog open={dialog() === "new"} onClose={() => setDialog(null)} title="Add new group" description={`Creates the group and adds ${props.user.username} to it.`} label="Group name" submitLabel="Create and add" onSubmit={createAndAdd} />
      <ConfirmDialog open={dialog() === "remove"} onClose={() => setDialog(null)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
