/** Create / Rename role: a role is a name; its permissions are set on the role's page. */
import type { TRole } from "@roster/core";
import { createEffect, createSignal, on } from "solid-js";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type RoleFormMode = { kind: "create" } | { kind: "edit"; role: TRole };

export function RoleFormDialog(props: { mode: RoleFormMode | null; onClose: () => void; onSaved: (role: TRole) => void }) {
  const toast = useToast();
  const [name, setName] = createSignal("");
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode?.kind === "edit" ? props.mode.role : null);

  createEffect(
    on(
      () => props.mode,
      (mode) => {
        if (!mode) return;
        setName(mode.kind === "edit" ? mode.role.name : "");
        submission.reset();
      },
    ),
  );

  const save = async () => {
    const role = editing();
    await submission.run(async () => {
      const saved = role ? await trpc.roles.update.mutate({ id: role.id, name: name().trim() }) : await trpc.roles.create.mutate({ name: name().trim() });
      toast.success(`Role ${saved.name} ${role ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open={props.mode !== null}
      title={editing() ? `Rename ${editing()?.name ?? ""}` : "Create role"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Name" required autocomplete="off" value={name()} onValue={setName} error={fieldErrors().name} hint={editing() ? undefined : "Give it permissions on the role's page."} />
    </FormDialog>
  );
}
