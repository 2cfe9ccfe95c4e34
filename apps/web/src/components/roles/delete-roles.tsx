/** Delete for the chosen roles: confirms, naming each role and who loses what. */
import type { TRole } from "@roster/core";
import { deletedToast, deleteRolesConfirmation } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { ConfirmedDeleteButton } from "../../ui/confirmed-delete-button";

export function DeleteRolesButton(props: { roles: TRole[]; onDeleted: () => void; label?: string }) {
  return (
    <ConfirmedDeleteButton
      count={props.roles.length}
      label={props.label}
      confirmation={() => deleteRolesConfirmation(props.roles)}
      onConfirm={async () => {
        const names = props.roles.map((role) => role.name);
        const result = await trpc.roles.delete.mutate({ ids: props.roles.map((role) => role.id) });
        return deletedToast("role", names, result.deleted);
      }}
      onDeleted={props.onDeleted}
    />
  );
}
