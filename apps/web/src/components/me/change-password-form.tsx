/**
 * Settings › Change password: the current password, the new one twice. The server judges the
 * current password and the password rules; its messages sit under the fields they name.
 */
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { newOwnPasswordForm, ownPasswordFields, ownPasswordProblems } from "../../lib/own-password-form";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { PasswordField } from "../../ui/password-field";
import { useToast } from "../../ui/toast";
import { NewPasswordFields } from "../passwords/new-password-fields";

export function ChangePasswordForm(props: { onChanged: () => void }) {
  const toast = useToast();
  const { values, set } = createFormState(newOwnPasswordForm());
  const submission = createFormSubmission({ fields: ownPasswordFields });
  const { busy, error, fieldErrors } = submission;

  const save = async (event: Event) => {
    event.preventDefault();
    const problems = ownPasswordProblems(values);
    submission.showFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await submission.run(async () => {
      await trpc.me.changePassword.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      submission.showFieldErrors({});
      for (const field of ownPasswordFields) set(field)("");
      toast.success("Password changed. Your other sessions were signed out.");
      props.onChanged();
    });
  };

  return (
    <section class="me-section" aria-labelledby="change-password-title">
      <div class="me-section-header">
        <div>
          <h2 id="change-password-title">Change password</h2>
          <p>Changing it signs you out everywhere else; this browser stays signed in.</p>
        </div>
      </div>
      <form class="password-form" noValidate onSubmit={(event) => void save(event)}>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <PasswordField label="Current password" autocomplete="current-password" required value={values.currentPassword} onValue={set("currentPassword")} error={fieldErrors().currentPassword} />
        <NewPasswordFields password={values.newPassword} repeat={values.repeatPassword} onPassword={set("newPassword")} onRepeat={set("repeatPassword")} passwordError={fieldErrors().newPassword} repeatError={fieldErrors().repeatPassword} />
        <Button type="submit" variant="primary" busy={busy()}>
          Change password
        </Button>
      </form>
    </section>
  );
}
