/**
 * Impersonate: asks for the reason (the audit log keeps it), then the console continues as the
 * user, with the shell's banner to stop. The system settings (`settings.impersonation`) say
 * whether the reason is required: the field is marked so, and a blank one is refused before the
 * request, in the backend's own words; whatever the backend answers still shows as it wrote it.
 */
import { useNavigate } from "@solidjs/router";
import { impersonationMessages, type TUser } from "@roster/core";
import { Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { rememberReturnPath } from "../../lib/impersonation-return";
import { useSession } from "../../lib/session";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextArea } from "../../ui/text-area";

interface ImpersonateDialogProps {
  user: TUser;
  onClose: () => void;
}

export function ImpersonateDialog(props: ImpersonateDialogProps & { open: boolean }) {
  return (
    <Show when={props.open}>
      <ImpersonateForm user={props.user} onClose={() => props.onClose()} />
    </Show>
  );
}

function ImpersonateForm(props: ImpersonateDialogProps) {
  const session = useSession();
  const navigate = useNavigate();
  const { values, set } = createFormState({ reason: "" });
  const submission = createFormSubmission({ fields: ["reason"] });
  const settings = useApiQuery(() => true, () => trpc.settings.impersonation.query());
  // Unknown until the settings arrive (or if they cannot be read): neither mark, the backend judges.
  const reasonRequired = () => settings.data()?.impersonationRequireReason;
  const disabled = () => settings.data()?.impersonation === false;
  const submit = () => {
    const reason = values.reason.trim();
    const problems: Record<string, string[]> = reasonRequired() && !reason ? { reason: [impersonationMessages.reasonRequired] } : {};
    submission.showFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    return submission.run(async () => {
      rememberReturnPath(`${window.location.pathname}${window.location.search}`);
      await trpc.users.impersonate.mutate({ id: props.user.id, ...(reason ? { reason } : {}) });
      await session.refresh();
      navigate("/");
    });
  };
  return (
    <FormDialog
      open
      title={`Impersonate ${props.user.username}`}
      description={`You will see the console as ${props.user.username} until you stop. What you do is recorded under both names.`}
      busy={submission.busy()}
      error={submission.error()}
      submitLabel="Impersonate"
      submitDisabled={disabled()}
      onSubmit={() => void submit()}
      onClose={() => props.onClose()}
    >
      <Show when={disabled()}>
        <div class="alert alert-info" role="status">
          {impersonationMessages.disabled} An admin who may change the system settings can allow it in System › Settings.
        </div>
      </Show>
      <TextArea label="Reason" required={reasonRequired() === true} optional={reasonRequired() === false} value={values.reason} onValue={set("reason")} rows={3} error={submission.fieldErrors().reason} placeholder="Why, for the audit log (a ticket number, say)" />
    </FormDialog>
  );
}
