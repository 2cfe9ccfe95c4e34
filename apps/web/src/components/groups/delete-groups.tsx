/** Delete for the chosen groups: a danger button that confirms, naming every group that goes. */
import type { TGroup } from "@roster/core";
import { deletedToast, deleteGroupsConfirmation } from "../../lib/directory-texts";
import { trpc } from "../../lib/trpc";
import { ConfirmedDeleteButton } from "../../ui/confirmed-delete-button";

export function DeleteGroupsButton(props: { groups: Pick<TGroup, "id" | "name">[]; onDeleted: () => void; label?: string }) {
  const names = () => props.groups.map((group) => group.name);
  return (
    <ConfirmedDeleteButton
      count={props.groups.length}
      label={props.label}
      confirmation={() => deleteGroupsConfirmation(names())}
      onConfirm={async () => {
        const chosen = names();
        const result = await trpc.groups.delete.mutate({ ids: props.groups.map((group) => group.id) });
        return deletedToast("group", chosen, result.deleted);
      }}
      onDeleted={props.onDeleted}
    />
  );
}
