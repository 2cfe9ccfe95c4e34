/**
 * Create / Edit user: Username, Path (the chosen folder on Create), Name, Email, Is active and
 * Attributes (YAML or JSON, checked as you type). The server's field errors sit under each field.
 */
import type { TUser } from "@roster/core";
import { Show } from "solid-js";
import { parseAttributes } from "../../lib/parse-attributes";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { newUserForm, userFormFrom, userFormInput } from "../../lib/user-form";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export type UserFormMode = { kind: "create"; folder: string | null } | { kind: "edit"; user: TUser };

interface UserFormDialogProps {
  mode: UserFormMode | null;
  onClose: () => void;
  onSaved: (user: TUser) => void;
}

export function UserFormDialog(props: UserFormDialogProps) {
  return <Show when={props.mode} keyed>{(mode) => <UserForm mode={mode} onClose={() => props.onClose()} onSaved={(user) => props.onSaved(user)} />}</Show>;
}

function UserForm(props: { mode: UserFormMode; onClose: () => void; onSaved: (user: TUser) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(props.mode.kind === "edit" ? userFormFrom(props.mode.user) : newUserForm(props.mode.folder));
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const editing = () => (props.mode.kind === "edit" ? props.mode.user : null);
  const errorsFor = (field: string) => fieldErrors()[field];

  const save = async () => {
    const parsed = userFormInput(values);
    if (!parsed.ok) return;
    await submission.run(async () => {
      const user = editing();
      const saved = user ? await trpc.users.update.mutate({ id: user.id, ...parsed.input }) : await trpc.users.create.mutate(parsed.input);
      toast.success(`User ${saved.username} ${user ? "updated" : "created"}`);
      props.onSaved(saved);
      props.onClose();
    });
  };

  return (
    <FormDialog
      open
      size="large"
      title={editing() ? `Edit ${editing()?.username ?? ""}` : "Create user"}
      busy={busy()}
      error={error()}
      submitLabel={editing() ? "Update" : "Create"}
      submitDisabled={!parseAttributes(values.attributes).ok}
      formClass="user-form"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <div class="form-grid">
        <TextField label="Username" required autocomplete="off" value={values.username} onValue={set("username")} error={errorsFor("username")} hint="Unique across all folders." />
        <TextField label="Path" required value={values.path} onValue={set("path")} error={errorsFor("path")} hint="The folder, such as users/eng." />
        <TextField label="Name" value={values.name} onValue={set("name")} error={errorsFor("name")} hint="The display name." />
        <TextField label="Email" type="email" value={values.email} onValue={set("email")} error={errorsFor("email")} />
      </div>
      <Checkbox label="Is active" checked={values.isActive} onChange={set("isActive")} error={errorsFor("isActive")} hint="Inactive users cannot sign in." />
      <CodeArea
        label="Attributes"
        value={values.attributes}
        onValue={set("attributes")}
        validate={(text) => {
          const result = parseAttributes(text);
          return result.ok ? null : result.message;
        }}
        error={errorsFor("attributes")}
        hint="YAML or JSON; an empty object {} by default."
        rows={7}
      />
    </FormDialog>
  );
}
