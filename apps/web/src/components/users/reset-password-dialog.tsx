/** Reset password: the admin sets a new one; the backend's password rules answer under the field. */
import type { TUser } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

interface ResetPasswordDialogProps {
  user: TUser;
  onClose: () => void;
  /** The password was set: the page reloads the user (its Overview shows when). */
  onChanged: () => void;
}

export function ResetPasswordDialog(props: ResetPasswordDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <ResetPasswordForm user={props.user} onClose={() => props.onClose()} onChanged={() => props.onChanged()} />
    </Show>
  );
}

function ResetPasswordForm(props: ResetPasswordDialogProps) {
  const toast = useToast();
  const { values, set } = createFormState({ password: "" });
  const submission = createFormSubmission({ fields: ["password"] });
  const submit = () =>
    submission.run(async () => {
      await trpc.users.setPassword.mutate({ id: props.user.id, password: values.password });
      toast.success(`Password of ${props.user.username} changed`);
      props.onChanged();
      props.onClose();
    });
  return (
    <FormDialog
      open
      title={`Reset password of ${props.user.username}`}
      description={`${props.user.username}'s other sessions end; they sign in with the new password from now on.`}
      busy={submission.busy()}
      error={submission.error()}
      submitLabel="Set password"
      submitDisabled={values.password === ""}
      onSubmit={() => void submit()}
      onClose={() => props.onClose()}
    >
      <TextField label="New password" type="password" autocomplete="new-password" required value={values.password} onValue={set("password")} error={submission.fieldErrors().password} />
    </FormDialog>
  );
}
