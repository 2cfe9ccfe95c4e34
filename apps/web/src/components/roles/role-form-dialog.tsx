/** Create / Rename role: a role is a name; its permissions are set on the role's page. */
import type { TRole } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type RoleFormMode = { kind: "create" } | { kind: "edit"; role: TRole };

export function RoleFormDialog(props: { mode: RoleFormMode | null; onClose: () => void; onSaved: (role: TRole) => void }) {
  return <Show when={props.mode} keyed>{(mode) => <RoleForm mode={mode} onClose={() => props.onClose()} onSaved={(role) => props.onSaved(role)} />}</Show>;
}

function RoleForm(props: { mode: RoleFormMode; onClose: () => void; onSaved: (role: TRole) => void }) {
  const toast = useToast();
  const { values, set } = createFormState({ name: props.mode.kind === "edit" ? props.mode.role.name : "" });
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.role : null);

  const save = async () => {
    const role = editing();
    await submission.run(async () => {
      const saved = role ? await trpc.roles.update.mutate({ id: role.id, name: values.name.trim() }) : await trpc.roles.create.mutate({ name: values.name.trim() });
      toast.success(`Role ${saved.name} ${role ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open
      title={editing() ? `Rename ${editing()?.name ?? ""}` : "Create role"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Name" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldErrors().name} hint={editing() ? undefined : "Give it permissions on the role's page."} />
    </FormDialog>
  );
}
