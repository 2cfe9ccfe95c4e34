/** Delete for the chosen applications: a danger button that confirms, naming every application that goes. */
import type { TApplication } from "@roster/core";
import { deleteApplicationsConfirmation } from "../../lib/application-texts";
import { deletedToast } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { ConfirmedDeleteButton } from "../../ui/confirmed-delete-button";

export function DeleteApplicationsButton(props: { applications: Pick<TApplication, "id" | "name">[]; onDeleted: () => void; label?: string }) {
  const names = () => props.applications.map((application) => application.name);
  return (
    <ConfirmedDeleteButton
      count={props.applications.length}
      label={props.label}
      confirmation={() => deleteApplicationsConfirmation(names())}
      onConfirm={async () => {
        const chosen = names();
        const result = await trpc.applications.delete.mutate({ ids: props.applications.map((application) => application.id) });
        return deletedToast("application", chosen, result.deleted);
      }}
      onDeleted={props.onDeleted}
    />
  );
}
