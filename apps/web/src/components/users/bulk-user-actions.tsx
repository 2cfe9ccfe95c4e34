/** Activate, Deactivate and Delete for the selected users, each confirmed in a dialog that names them. */
import type { TUser } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { trpc } from "../../lib/trpc";
import { useCan } from "../../lib/use-can";
import { bulkUserConfirmation, bulkUserToast, type BulkUserAction } from "../../lib/user-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { useToast } from "../../ui/toast";

async function run(action: BulkUserAction, ids: string[]): Promise<number> {
  if (action === "delete") return (await trpc.users.delete.mutate({ ids })).deleted;
  return (await trpc.users.setActive.mutate({ ids, isActive: action === "activate" })).updated;
}

export function BulkUserActions(props: { selected: TUser[]; onDone: (action: BulkUserAction) => void }) {
  const toast = useToast();
  const can = useCan();
  const [action, setAction] = createSignal<BulkUserAction | null>(null);
  // The dialog keeps the names it opened with, even while the list refreshes behind it.
  const [targets, setTargets] = createSignal<TUser[]>([]);
  const open = (next: BulkUserAction) => {
    setTargets(props.selected);
    setAction(next);
  };
  const confirmation = () => bulkUserConfirmation(action() ?? "delete", targets().map((user) => user.username));
  const confirm = async () => {
    const current = action();
    if (!current) return;
    const usernames = targets().map((user) => user.username);
    const changed = await run(current, targets().map((user) => user.id));
    toast.success(bulkUserToast(current, usernames, changed));
    props.onDone(current);
  };
  return (
    <>
      <Show when={props.selected.length > 0}>
        <span class="muted users-selected-count">{props.selected.length} selected</span>
        <Show when={can("change_user")}>
          <Button onClick={() => open("activate")}>Activate</Button>
          <Button onClick={() => open("deactivate")}>Deactivate</Button>
        </Show>
        <Show when={can("delete_user")}>
          <Button variant="danger" onClick={() => open("delete")}>
            Delete
          </Button>
        </Show>
      </Show>
      <ConfirmDialog
        open={action() !== null}
        onClose={() => setAction(null)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={confirm}
      />
    </>
  );
}
