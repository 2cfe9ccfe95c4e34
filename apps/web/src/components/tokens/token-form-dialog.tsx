/** Create token: identifier, expiry and description, for the signed-in admin. The key comes back once. */
import type { TToken } from "@roster/core";
import { createEffect, createSignal, on } from "solid-js";
import { newTokenForm, tokenCreateInput, type TokenFormValues } from "../../lib/token-form";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { FormDialog } from "../../ui/form-dialog";
import { TextArea } from "../../ui/text-area";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";

export function TokenFormDialog(props: { open: boolean; onClose: () => void; onCreated: (token: TToken, key: string) => void }) {
  const toast = useToast();
  const [values, setValues] = createSignal<TokenFormValues>(newTokenForm());
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  createEffect(on(() => props.open, (open) => open && (setValues(newTokenForm()), submission.reset())));
  const set = <K extends keyof TokenFormValues>(key: K) => (value: TokenFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const parsed = tokenCreateInput(values());
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
      open={props.open}
      title="Create token"
      description="An API token for you, sent as Authorization: Bearer <key>."
      busy={busy()}
      error={error()}
      submitLabel="Create"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Identifier" required autocomplete="off" value={values().identifier} onValue={set("identifier")} error={fieldErrors().identifier} hint="A unique name, such as ci-deploy." />
      <ExpiryFields expiring={values().expiring} expires={values().expires} onExpiring={set("expiring")} onExpires={set("expires")} errors={fieldErrors()} />
      <TextArea label="Description" rows={2} value={values().description} onValue={set("description")} error={fieldErrors().description} hint="What the token is for." />
    </FormDialog>
  );
}
