/** Add members: search users, choose several, add them to the group in one call. */
import { createEffect, createSignal, on, Show } from "solid-js";
import { plural } from "../../lib/user-texts";
import { searchUsers, type PickOption } from "../../lib/pick-sources";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import { SearchPick } from "./search-pick";

export function AddMembersDialog(props: { open: boolean; group: { id: string; name: string }; onClose: () => void; onAdded: () => void }) {
  const toast = useToast();
  const [chosen, setChosen] = createSignal<PickOption[]>([]);
  const [error, setError] = createSignal<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(on(() => props.open, () => (setChosen([]), setError(null))));

  const toggle = (option: PickOption) => setChosen((list) => (list.some((entry) => entry.id === option.id) ? list.filter((entry) => entry.id !== option.id) : [...list, option]));
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await trpc.groups.addMembers.mutate({ groupId: props.group.id, userIds: chosen().map((user) => user.id) });
      toast.success(result.added === 0 ? "They were already members" : `${plural(result.added, "user")} added to ${props.group.name}`);
      props.onAdded();
      props.onClose();
    } catch (caught) {
      const failure = toClientError(caught);
      setError({ message: failure.message, fields: failure.fieldErrors });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title={`Add members to ${props.group.name}`}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={chosen().length === 0} onClick={() => void add()}>
            {chosen().length > 0 ? `Add ${plural(chosen().length, "user")}` : "Add"}
          </Button>
        </>
      }
    >
      <div class="stack">
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()?.message}
          </div>
        </Show>
        <SearchPick label="Users" search={searchUsers} selected={chosen()} onToggle={toggle} placeholder="Username, name or email…" error={error()?.fields.userIds} />
      </div>
    </Dialog>
  );
}
