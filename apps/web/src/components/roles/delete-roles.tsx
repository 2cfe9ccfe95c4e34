/** Delete for the chosen roles: confirms, naming each role and who loses what. */
import type { TRole } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { deletedToast, deleteRolesConfirmation } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";

export function DeleteRolesButton(props: { roles: TRole[]; onDeleted: () => void; label?: string }) {
  const toast = useToast();
  const [open, setOpen] = createSignal(false);
  const confirmation = () => deleteRolesConfirmation(props.roles);
  return (
    <Show when={props.roles.length > 0}>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {props.label ?? `Delete (${props.roles.length})`}
      </Button>
      <ConfirmDialog
        open={open()}
        onClose={() => setOpen(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const names = props.roles.map((role) => role.name);
          const result = await trpc.roles.delete.mutate({ ids: props.roles.map((role) => role.id) });
          toast.success(deletedToast("role", names, result.deleted));
          props.onDeleted();
        }}
      />
    </Show>
  );
}
