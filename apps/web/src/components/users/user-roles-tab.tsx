/**
 * Roles tab: Assigned (given to the user directly: Remove, "Add to existing role", "Add new
 * role") and All (with the roles inherited through groups, labelled "Inherited" and "via G/P").
 */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { trpc } from "../../lib/trpc";
import { nameList, plural, removalConfirmation } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { Tabs } from "../../ui/tabs";
import { useToast } from "../../ui/toast";
import { NameDialog } from "./name-dialog";
import { PickDialog, type PickItem } from "./pick-dialog";
import { AllRolesTable, AssignedRolesTable, type RoleRef } from "./user-roles-tables";
import { useApiQuery } from "../../lib/api-query";

const views = [
  { id: "assigned", label: "Assigned Roles" },
  { id: "all", label: "All Roles" },
];

export function UserRolesTab(props: { user: TUser }) {
  const toast = useToast();
  const roles = useApiQuery(() => props.user.id, (userId) => trpc.users.roles.query({ userId }));
  const [view, setView] = createSignal("assigned");
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"pick" | "new" | "remove" | null>(null);
  const [removing, setRemoving] = createSignal<RoleRef[]>([]);
  const assigned = () => roles.data()?.assigned ?? [];

  const changed = async () => {
    setSelected(new Set<string>());
    await roles.refetch();
  };
  const assign = async (items: PickItem[]) => {
    await trpc.users.assignRoles.mutate({ userId: props.user.id, roleIds: items.map((item) => item.id) });
    toast.success(`${plural(items.length, "role")} assigned to ${props.user.username}: ${nameList(items.map((item) => item.name))}`);
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
        <Button variant="primary" onClick={() => setDialog("pick")}>
          Add to existing role
        </Button>
        <Button onClick={() => setDialog("new")}>Add new role</Button>
        <span class="spacer" />
        <Show when={view() === "assigned" && selected().size > 0}>
          <Button variant="danger" onClick={() => (setRemoving(assigned().filter((role) => selected().has(role.id))), setDialog("remove"))}>
            Remove
          </Button>
        </Show>
      </div>
      <Show when={roles.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Tabs label="Roles" tabs={views} value={view()} onChange={setView}>
        <Show when={view() === "assigned"} fallback={<AllRolesTable username={props.user.username} rows={roles.data()?.all ?? []} loading={roles.loading()} />}>
          <AssignedRolesTable username={props.user.username} rows={assigned()} loading={roles.loading()} selected={selected()} onSelectionChange={setSelected} />
        </Show>
      </Tabs>
      <PickDialog
        open={dialog() === "pick"}
        onClose={() => setDialog(null)}
        title="Add to existing role"
        description={`Choose the roles to assign to ${props.user.username}.`}
        searchLabel="Search roles"
        load={async (search) => (await trpc.roles.list.query({ ...(search ? { search } : {}), limit: 50 })).items.map((role) => ({ id: role.id, name: role.name }))}
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
