/** Delete for the chosen groups: a danger button that confirms, naming every group that goes. */
import type { TGroup } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { deletedToast, deleteGroupsConfirmation } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";

export function DeleteGroupsButton(props: { groups: Pick<TGroup, "id" | "name">[]; onDeleted: () => void; label?: string }) {
  const toast = useToast();
  const [open, setOpen] = createSignal(false);
  const names = () => props.groups.map((group) => group.name);
  const confirmation = () => deleteGroupsConfirmation(names());
  return (
    <Show when={props.groups.length > 0}>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {props.label ?? `Delete (${props.groups.length})`}
      </Button>
      <ConfirmDialog
        open={open()}
        onClose={() => setOpen(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const chosen = names();
          const result = await trpc.groups.delete.mutate({ ids: props.groups.map((group) => group.id) });
          toast.success(deletedToast("group", chosen, result.deleted));
          props.onDeleted();
        }}
      />
    </Show>
  );
}
