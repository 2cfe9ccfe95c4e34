/** Create token: identifier, expiry and description, for the signed-in admin. The key comes back once. */
import type { TToken } from "@roster/core";
import { Show } from "solid-js";
import { newTokenForm, tokenCreateInput } from "../../lib/token-form";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextArea } from "../../ui/text-area";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";

export function TokenFormDialog(props: { open: boolean; onClose: () => void; onCreated: (token: TToken, key: string) => void }) {
  return <Show when={props.open}><TokenForm onClose={() => props.onClose()} onCreated={(token, key) => props.onCreated(token, key)} /></Show>;
}

function TokenForm(props: { onClose: () => void; onCreated: (token: TToken, key: string) => void }) {
  const toast = useToast();
  const { values, set } = createFormState(newTokenForm());
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;

  const save = async () => {
    const parsed = tokenCreateInput(values);
    if (!parsed.ok) return submission.showFieldErrors(parsed.fieldErrors);
    await submission.run(async () => {
      const created = await trpc.tokens.create.mutate(parsed.input);
      toast.success(`Token ${created.token.identifier} created`);
      props.onClose();
      props.onCreated(created.token, created.key);
    });
  };

  return (
    <FormDialog
      open
      title="Create token"
      description="An API token for you, sent as Authorization: Bearer <key>."
      busy={busy()}
      error={error()}
      submitLabel="Create"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Identifier" required autocomplete="off" value={values.identifier} onValue={set("identifier")} error={fieldErrors().identifier} hint="A unique name, such as ci-deploy." />
      <ExpiryFields expiring={values.expiring} expires={values.expires} onExpiring={set("expiring")} onExpires={set("expires")} errors={fieldErrors()} />
      <TextArea label="Description" rows={2} value={values.description} onValue={set("description")} error={fieldErrors().description} hint="What the token is for." />
    </FormDialog>
  );
}
