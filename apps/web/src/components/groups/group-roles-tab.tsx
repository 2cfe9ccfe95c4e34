/** The group page's Roles: the roles every member receives; Assign roles and Remove change them. */
import { A } from "@solidjs/router";
import type { TGroup, TNamedRef } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { searchRoles, type PickOption } from "../../lib/pick-sources";
import { toClientError, trpc } from "../../lib/trpc";
import { nameList, plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { Dialog } from "../../ui/dialog";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import { SearchPick } from "./search-pick";

const columns: Column<TNamedRef>[] = [{ key: "name", header: "Role", cell: (role) => <A href={`/directory/roles/${role.id}`}>{role.name}</A> }];

export function GroupRolesTab(props: { group: TGroup; onChanged: (group: TGroup) => void }) {
  const toast = useToast();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [assigning, setAssigning] = createSignal(false);
  const [removing, setRemoving] = createSignal(false);
  const [picked, setPicked] = createSignal<PickOption[]>([]);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const chosen = () => props.group.roles.filter((role) => selected().has(role.id));

  const saveRoles = async (roles: string[]) => {
    const group = await trpc.groups.update.mutate({ id: props.group.id, roles });
    setSelected(new Set<string>());
    props.onChanged(group);
    return group;
  };
  const assign = async () => {
    setBusy(true);
    setError(null);
    try {
      await saveRoles([...props.group.roles.map((role) => role.id), ...picked().map((role) => role.id)]);
      toast.success(`${plural(picked().length, "role")} assigned to ${props.group.name}`);
      setAssigning(false);
    } catch (caught) {
      setError(toClientError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (option: PickOption) => setPicked((list) => (list.some((entry) => entry.id === option.id) ? list.filter((entry) => entry.id !== option.id) : [...list, option]));

  return (
    <div>
      <div class="directory-toolbar">
        <Button variant="primary" onClick={() => (setPicked([]), setError(null), setAssigning(true))}>
          Assign roles
        </Button>
        <span class="spacer" />
        <Show when={chosen().length > 0}>
          <Button variant="danger" onClick={() => setRemoving(true)}>
            Remove ({chosen().length})
          </Button>
        </Show>
      </div>
      <Table
        label={`Roles of ${props.group.name}`}
        columns={columns}
        rows={props.group.roles}
        rowKey={(role) => role.id}
        rowLabel={(role) => `Select ${role.name}`}
        selected={selected()}
        onSelectionChange={setSelected}
        empty={<EmptyState title="No roles" description="Members of this group receive the roles you assign here." />}
      />
      <Dialog
        open={assigning()}
        onClose={() => !busy() && setAssigning(false)}
        title={`Assign roles to ${props.group.name}`}
        footer={
          <>
            <Button onClick={() => setAssigning(false)} disabled={busy()}>
              Cancel
            </Button>
            <Button variant="primary" busy={busy()} disabled={picked().length === 0} onClick={() => void assign()}>
              Assign
            </Button>
          </>
        }
      >
        <div class="stack">
          <Show when={error()}>
            <div class="alert alert-error" role="alert">
              {error()}
            </div>
          </Show>
          <SearchPick label="Roles" search={searchRoles} selected={picked()} onToggle={toggle} exclude={props.group.roles.map((role) => role.id)} placeholder="Search roles…" />
        </div>
      </Dialog>
      <ConfirmDialog
        open={removing()}
        onClose={() => setRemoving(false)}
        title="Remove roles"
        consequence={`Remove ${plural(chosen().length, "role")} from ${props.group.name}: ${nameList(chosen().map((role) => role.name))}? Its members lose the permissions these roles give them.`}
        confirmLabel="Remove"
        onConfirm={async () => {
          const count = chosen().length;
          const keep = props.group.roles.filter((role) => !selected().has(role.id)).map((role) => role.id);
          await saveRoles(keep);
          toast.success(`${plural(count, "role")} removed from ${props.group.name}`);
        }}
      />
    </div>
  );
}
