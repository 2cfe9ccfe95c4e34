/** Create / Rename role: a role is a name; its permissions are set on the role's page. */
import type { TRole } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type RoleFormMode = { kind: "create" } | { kind: "edit"; role: TRole };

export function RoleFormDialog(props: { mode: RoleFormMode | null; onClose: () => void; onSaved: (role: TRole) => void }) {
  const toast = useToast();
  const [name, setName] = createSignal("");
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const editing = () => (props.mode?.kind === "edit" ? props.mode.role : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setName(mode.kind === "edit" ? mode.role.name : "");
        setFieldErrors({});
        setError(null);
      },
    ),
  );

  const save = async (event?: Event) => {
    event?.preventDefault();
    const role = editing();
    setBusy(true);
    setError(null);
    try {
      const saved = role ? await trpc.roles.update.mutate({ id: role.id, name: name().trim() }) : await trpc.roles.create.mutate({ name: name().trim() });
      toast.success(`Role ${saved.name} ${role ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    } catch (caught) {
      const failure = toClientError(caught);
      setFieldErrors(failure.fieldErrors);
      setError(Object.keys(failure.fieldErrors).length > 0 ? null : failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.mode !== null}
      onClose={() => !busy() && props.onClose()}
      title={editing() ? `Rename ${editing()?.name ?? ""}` : "Create role"}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void save()}>
            {editing() ? "Update" : "Create"}
          </Button>
        </>
      }
    >
      <form class="stack" onSubmit={(event) => void save(event)}>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <TextField label="Name" required autocomplete="off" value={name()} onValue={setName} error={fieldErrors().name} hint={editing() ? undefined : "Give it permissions on the role's page."} />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
