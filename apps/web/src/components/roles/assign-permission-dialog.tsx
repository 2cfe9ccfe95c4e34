/**
 * Assign permission (global): a searchable list of every codename with its description; the ones
 * the role already holds are marked and cannot be chosen again. Several can be assigned at once.
 */
import { createSignal, For, Show } from "solid-js";
import { searchPermissions, type PermissionInfo } from "../../lib/permission-grants";
import { toClientError, trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import "./roles.css";

export function AssignPermissionDialog(props: { open: boolean; role: { id: string; name: string }; catalogue: PermissionInfo[]; held: ReadonlySet<string>; onClose: () => void; onAssigned: () => void }) {
  return (
    <Show when={props.open}>
      <AssignPermissionForm {...props} />
    </Show>
  );
}

function AssignPermissionForm(props: { open: boolean; role: { id: string; name: string }; catalogue: PermissionInfo[]; held: ReadonlySet<string>; onClose: () => void; onAssigned: () => void }) {
  const toast = useToast();
  const [search, setSearch] = createSignal("");
  const [chosen, setChosen] = createSignal<Set<string>>(new Set());
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const shown = () => searchPermissions(props.catalogue, search());
  const toggle = (codename: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(codename)) next.delete(codename);
      else next.add(codename);
      return next;
    });

  const assign = async () => {
    setBusy(true);
    setError(null);
    const codenames = [...chosen()];
    try {
      for (const permission of codenames) {
        await trpc.roles.assignPermission.mutate({ roleId: props.role.id, permission });
        toggle(permission);
      }
      toast.success(codenames.length === 1 ? `${codenames[0] ?? ""} assigned to ${props.role.name}` : `${plural(codenames.length, "permission")} assigned to ${props.role.name}`);
      props.onClose();
    } catch (caught) {
      setError(toClientError(caught).message);
    } finally {
      setBusy(false);
      props.onAssigned();
    }
  };

  return (
    <Dialog
      open
      onClose={() => !busy() && props.onClose()}
      size="large"
      title={`Assign permissions to ${props.role.name}`}
      description="Global permissions apply to every object of their kind."
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={chosen().size === 0} onClick={() => void assign()}>
            {chosen().size > 1 ? `Assign ${chosen().size} permissions` : "Assign"}
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
        <TextField label="Search permissions" type="search" placeholder="user, impersonate, view…" value={search()} onValue={setSearch} />
        <ul class="permission-list" aria-label="Permissions">
          <For each={shown()} fallback={<li class="muted">No permission matches.</li>}>
            {(permission) => (
              <li>
                <label class="checkbox">
                  <input type="checkbox" checked={props.held.has(permission.codename) || chosen().has(permission.codename)} disabled={props.held.has(permission.codename)} onChange={() => toggle(permission.codename)} />
                  <code>{permission.codename}</code>
                  <span class="muted">{props.held.has(permission.codename) ? "Already assigned" : permission.description}</span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Dialog>
  );
}
