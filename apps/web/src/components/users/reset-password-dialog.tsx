/**
 * Reset password: the admin types a new one twice or generates one (shown with Copy, to pass on);
 * a repeat that differs is caught here, the backend's password rules answer under the field.
 */
import type { TUser } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { repeatProblems } from "../../lib/new-password";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { useToast } from "../../ui/toast";
import { NewPasswordFields } from "../passwords/new-password-fields";

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
  const { values, set } = createFormState({ password: "", repeatPassword: "" });
  const submission = createFormSubmission({ fields: ["password", "repeatPassword"] });
  // A changed value (typed or generated) drops the error it was about: a mismatch is judged again on submit.
  const edit = (field: "password" | "repeatPassword") => (value: string) => {
    set(field)(value);
    submission.clearFieldError(field);
    if (field === "password") submission.clearFieldError("repeatPassword");
  };
  const submit = () => {
    const problems = repeatProblems(values.password, values.repeatPassword, "repeatPassword");
    submission.showFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    return submission.run(async () => {
      await trpc.users.setPassword.mutate({ id: props.user.id, password: values.password });
      toast.success(`Password of ${props.user.username} changed`);
      props.onChanged();
      props.onClose();
    });
  };
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
      <NewPasswordFields
        canGenerate
        password={values.password}
        repeat={values.repeatPassword}
        onPassword={edit("password")}
        onRepeat={edit("repeatPassword")}
        passwordError={submission.fieldErrors().password}
        repeatError={submission.fieldErrors().repeatPassword}
      />
    </FormDialog>
  );
}
