/** Add members: search users, choose several, add them to the group in one call. */
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { plural } from "../../lib/user-texts";
import { searchUsers, type PickOption } from "../../lib/pick-sources";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import { SearchPick } from "./search-pick";

interface AddMembersDialogProps {
  group: { id: string; name: string };
  onClose: () => void;
  onAdded: () => void;
}

export function AddMembersDialog(props: AddMembersDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <AddMembersForm group={props.group} onClose={() => props.onClose()} onAdded={() => props.onAdded()} />
    </Show>
  );
}

function AddMembersForm(props: AddMembersDialogProps) {
  const toast = useToast();
  const { values, set } = createFormState<{ chosen: PickOption[] }>({ chosen: [] });
  const submission = createFormSubmission({ fields: ["userIds"] });
  const { busy, error, fieldErrors } = submission;

  const toggle = (option: PickOption) => set("chosen")(values.chosen.some((entry) => entry.id === option.id) ? values.chosen.filter((entry) => entry.id !== option.id) : [...values.chosen, option]);
  const add = () =>
    submission.run(async () => {
      const result = await trpc.groups.addMembers.mutate({ groupId: props.group.id, userIds: values.chosen.map((user) => user.id) });
      toast.success(result.added === 0 ? "They were already members" : `${plural(result.added, "user")} added to ${props.group.name}`);
      props.onAdded();
      props.onClose();
    });

  return (
    <Dialog
      open
      onClose={() => !busy() && props.onClose()}
      title={`Add members to ${props.group.name}`}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={values.chosen.length === 0} onClick={() => void add()}>
            {values.chosen.length > 0 ? `Add ${plural(values.chosen.length, "user")}` : "Add"}
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
        <SearchPick label="Users" search={searchUsers} selected={values.chosen} onToggle={toggle} placeholder="Username, name or email…" error={fieldErrors().userIds} />
      </div>
    </Dialog>
  );
}
