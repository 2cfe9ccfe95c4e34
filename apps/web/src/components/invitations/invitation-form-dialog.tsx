/** Create invitation: name, enrollment flow, expiry, single use, fixed data (YAML, checked as you type). The link comes back once. */
import type { TInvitationWithLink } from "@roster/core";
import { Show } from "solid-js";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { fixedDataExample, invitationCreateInput, newInvitationForm, parseFixedData } from "../../lib/invitation-form";
import { toDateTimeLocal } from "../../lib/token-form";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { CodeArea } from "../../ui/code-area";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { FlowSelect } from "../brands/flow-select";

export function InvitationFormDialog(props: { open: boolean; onClose: () => void; onCreated: (invitation: TInvitationWithLink) => void }) {
  return <Show when={props.open}><InvitationForm onClose={() => props.onClose()} onCreated={(invitation) => props.onCreated(invitation)} /></Show>;
}

function InvitationForm(props: { onClose: () => void; onCreated: (invitation: TInvitationWithLink) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(newInvitationForm());
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  const fieldError = (field: string) => fieldErrors()[field] ?? Object.entries(fieldErrors()).filter(([key]) => key.startsWith(`${field}.`)).flatMap(([, messages]) => messages);

  const save = async () => {
    const parsed = invitationCreateInput(values);
    if (!parsed.ok) return submission.showFieldErrors(parsed.fieldErrors);
    await submission.run(async () => {
      const created = await trpc.invitations.create.mutate(parsed.input);
      toast.success(`Invitation ${created.name} created`);
      props.onClose();
      props.onCreated(created);
    });
  };

  return (
    <FormDialog
      open
      size="large"
      title="Create invitation"
      description="A link that lets someone create their own account through an enrollment flow."
      busy={busy()}
      error={error()}
      submitLabel="Create"
      submitDisabled={!parseFixedData(values.fixedData).ok}
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Name" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldError("name")} hint="Lowercase letters, digits, hyphens, such as acme-contractors." />
      <FlowSelect label="Flow" designation="enrollment" value={values.flowId} onValue={set("flowId")} error={fieldError("flowId")} hint="Empty: default-enrollment-flow." />
      <TextField label="Expires" type="datetime-local" min={toDateTimeLocal(new Date())} value={values.expires} onValue={set("expires")} error={fieldError("expires")} hint="Your local time. Leave empty for an invitation that does not expire." />
      <Checkbox label="Single use" checked={values.singleUse} onChange={set("singleUse")} hint="The link stops working once an account was created with it." />
      <Checkbox label="Notify me when it is used" checked={values.notifyCreator} onChange={set("notifyCreator")} />
      <CodeArea
        label="Fixed data"
        rows={6}
        value={values.fixedData}
        onValue={(text) => {
          set("fixedData")(text);
          submission.clearFieldError("fixedData");
        }}
        validate={(text) => {
          const parsed = parseFixedData(text);
          return parsed.ok ? null : parsed.message;
        }}
        error={fieldError("fixedData")}
        hint={`YAML or JSON: the new user's path, attributes and groups, e.g. ${fixedDataExample.replaceAll("\n", " ")}`}
      />
    </FormDialog>
  );
}
