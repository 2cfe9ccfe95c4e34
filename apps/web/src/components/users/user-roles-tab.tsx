/**
 * Roles tab: Assigned (given to the user directly: Remove, "Add to existing role", "Add new
 * role", each only for an admin whose permissions allow it) and All (with the roles inherited
 * through groups: "Inherited", "from group staff (inherited through engineering)").
 */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { searchRoles, type PickOption } from "../../lib/pick-sources";
import { useSignedIn } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { mayTakeUserTabAction, type UserTabAction } from "../../lib/user-tab-actions";
import { nameList, plural, removalConfirmation } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { Tabs } from "../../ui/tabs";
import { useToast } from "../../ui/toast";
import { NameDialog } from "./name-dialog";
import { PickDialog } from "./pick-dialog";
import { AllRolesTable, AssignedRolesTable, type RoleRef } from "./user-roles-tables";
import type { UserTabSource } from "../../lib/user-detail-tabs";

const views = [
  { id: "assigned", label: "Assigned Roles" },
  { id: "all", label: "All Roles" },
];

export function UserRolesTab(props: { user: TUser; source: UserTabSource }) {
  const toast = useToast();
  const me = useSignedIn();
  const may = (action: UserTabAction) => mayTakeUserTabAction(me(), action);
  const roles = useApiQuery(() => props.source, (source) => trpc.users.roles.query({ userId: source.userId }));
  const [view, setView] = createSignal("assigned");
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"pick" | "new" | "remove" | null>(null);
  const [removing, setRemoving] = createSignal<RoleRef[]>([]);
  const assigned = () => roles.data()?.assigned ?? [];

  const changed = async () => {
    setSelected(new Set<string>());
    await roles.refetch();
  };
  const assign = async (options: PickOption[]) => {
    await trpc.users.assignRoles.mutate({ userId: props.user.id, roleIds: options.map((option) => option.id) });
    toast.success(`${plural(options.length, "role")} assigned to ${props.user.username}: ${nameList(options.map((option) => option.label))}`);
    await changed();
  };
  const createAndAssign = async (name: string) => {
    const role = await trpc.roles.create.mutate({ name });
    await trpc.users.assignRoles.mutate({ userId: props.user.id, roleIds: [role.id] });
    toast.success(`Role ${role.name} created and assigned to ${props.user.username}`);
    await changed();
  };
  const remove = async () => {
    await trpc.users.unassignRoles.mutate({ userId: props.user.id, roleIds: removing().map((role) => role.id) });
    toast.success(`${plural(removing().length, "role")} removed from ${props.user.username}`);
    await changed();
  };
  const confirmation = () => removalConfirmation(props.user.username, "role", removing().map((role) => role.name));

  return (
    <>
      <div class="tab-toolbar">
        <Show when={may("assignExistingRole")}>
          <Button variant="primary" onClick={() => setDialog("pick")}>
            Add to existing role
          </Button>
        </Show>
        <Show when={may("assignNewRole")}>
          <Button onClick={() => setDialog("new")}>Add new role</Button>
        </Show>
        <span class="spacer" />
        <Show when={may("unassignRoles") && view() === "assigned" && selected().size > 0}>
          <Button variant="danger" onClick={() => (setRemoving(assigned().filter((role) => selected().has(role.id))), setDialog("remove"))}>
            Remove
          </Button>
        </Show>
      </div>
      <Show when={roles.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Tabs label="Roles" tabs={views} value={view()} onChange={setView}>
        <Show when={view() === "assigned"} fallback={<AllRolesTable username={props.user.username} rows={roles.data()?.all ?? []} loading={roles.loading()} />}>
          <AssignedRolesTable username={props.user.username} rows={assigned()} loading={roles.loading()} selected={may("unassignRoles") ? selected() : undefined} onSelectionChange={setSelected} />
        </Show>
      </Tabs>
      <PickDialog
        open={dialog() === "pick"}
        onClose={() => setDialog(null)}
        title="Add to existing role"
        description={`Choose the roles to assign to ${props.user.username}.`}
        searchLabel="Search roles"
        load={searchRoles}
        taken={new Set(assigned().map((role) => role.id))}
        takenNote="already assigned"
        submitLabel="Assign"
        onSubmit={assign}
      />
      <NameDialog open={dialog() === "new"} onClose={() => setDialog(null)} title="Add new role" description={`Creates the role and assigns it to ${props.user.username}. Give the role its permissions under Directory › Roles.`} label="Role name" submitLabel="Create and assign" onSubmit={createAndAssign} />
      <ConfirmDialog open={dialog() === "remove"} onClose={() => setDialog(null)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
