/** Send by email: the worker emails a link of the invitation's own to this address. */
import type { TInvitation } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export function SendInvitationDialog(props: { invitation: TInvitation | null; onClose: () => void }) {
  return <Show when={props.invitation} keyed>{(invitation) => <SendForm invitation={invitation} onClose={() => props.onClose()} />}</Show>;
}

function SendForm(props: { invitation: TInvitation; onClose: () => void }) {
  const toast = useToast();
  const { values, set } = createFormState({ email: "" });
  const submission = createFormSubmission();
  const send = () =>
    submission.run(async () => {
      await trpc.invitations.send.mutate({ id: props.invitation.id, email: values.email.trim() });
      toast.success(`Invitation email queued for ${values.email.trim()}`);
      props.onClose();
    });
  return (
    <FormDialog
      open
      title={`Send ${props.invitation.name} by email`}
      description="The email carries a link of its own: the link you copied keeps working."
      busy={submission.busy()}
      error={submission.error()}
      submitLabel="Send"
      onSubmit={() => void send()}
      onClose={() => props.onClose()}
    >
      <TextField label="Email" type="email" required autocomplete="off" value={values.email} onValue={set("email")} error={submission.fieldErrors().email} />
    </FormDialog>
  );
}
