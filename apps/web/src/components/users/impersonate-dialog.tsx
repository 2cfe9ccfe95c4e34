/**
 * Impersonate: asks for the reason (the audit log keeps it), then the console continues as the
 * user, with the shell's banner to stop.
 */
import { useNavigate } from "@solidjs/router";
import type { TUser } from "@roster/core";
import { Show } from "solid-js";
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
  const submit = () =>
    submission.run(async () => {
      const reason = values.reason.trim();
      rememberReturnPath(`${window.location.pathname}${window.location.search}`);
      await trpc.users.impersonate.mutate({ id: props.user.id, ...(reason ? { reason } : {}) });
      await session.refresh();
      navigate("/");
    });
  return (
    <FormDialog
      open
      title={`Impersonate ${props.user.username}`}
      description={`You will see the console as ${props.user.username} until you stop. What you do is recorded under both names.`}
      busy={submission.busy()}
      error={submission.error()}
      submitLabel="Impersonate"
      onSubmit={() => void submit()}
      onClose={() => props.onClose()}
    >
      <TextArea label="Reason" value={values.reason} onValue={set("reason")} rows={3} error={submission.fieldErrors().reason} placeholder="Why, for the audit log (a ticket number, say)" />
    </FormDialog>
  );
}
