/** Delete for the chosen applications: a danger button that confirms, naming every application that goes. */
import type { TApplication } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { deleteApplicationsConfirmation } from "../../lib/application-texts";
import { deletedToast } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";

export function DeleteApplicationsButton(props: { applications: Pick<TApplication, "id" | "name">[]; onDeleted: () => void; label?: string }) {
  const toast = useToast();
  const [open, setOpen] = createSignal(false);
  const names = () => props.applications.map((application) => application.name);
  const confirmation = () => deleteApplicationsConfirmation(names());
  return (
    <Show when={props.applications.length > 0}>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {props.label ?? `Delete (${props.applications.length})`}
      </Button>
      <ConfirmDialog
        open={open()}
        onClose={() => setOpen(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const chosen = names();
          const result = await trpc.applications.delete.mutate({ ids: props.applications.map((application) => application.id) });
          toast.success(deletedToast("application", chosen, result.deleted));
          props.onDeleted();
        }}
      />
    </Show>
  );
}
