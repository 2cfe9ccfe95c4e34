/** Create service account: a user that signs in only with its API token, optionally in a group of its own. */
import type { TServiceAccountCreated } from "@roster/core";
import { createEffect, createSignal, on } from "solid-js";
import { expiryInput } from "../../lib/token-form";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { Checkbox } from "../../ui/checkbox";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";

export function ServiceAccountDialog(props: { open: boolean; onClose: () => void; onCreated: (created: TServiceAccountCreated) => void }) {
  const toast = useToast();
  const [name, setName] = createSignal("");
  const [createGroup, setCreateGroup] = createSignal(false);
  const [expiring, setExpiring] = createSignal(true);
  const [expires, setExpires] = createSignal("");
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;
  createEffect(on(() => props.open, (open) => open && (setName(""), setCreateGroup(false), setExpiring(true), setExpires(""), submission.reset())));

  const save = async () => {
    const expiry = expiryInput(expiring(), expires());
    if (!expiry.ok) return submission.showFieldErrors({ expires: [expiry.message] });
    await submission.run(async () => {
      const created = await trpc.serviceAccounts.create.mutate({ name: name().trim(), createGroup: createGroup(), ...expiry.value });
      toast.success(`Service account ${created.user.username} created`);
      props.onClose();
      props.onCreated(created);
    });
  };

  return (
    <FormDialog
      open={props.open}
      title="Create service account"
      description="A user for another system: it has no password and signs in with the API token created with it."
      busy={busy()}
      error={error()}
      submitLabel="Create"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Username" required autocomplete="off" value={name()} onValue={setName} error={fieldErrors().name} hint="Lives in the folder roster/service-accounts." />
      <Checkbox label="Create a group of the same name" checked={createGroup()} onChange={setCreateGroup} error={fieldErrors().createGroup} hint="Give the group roles to give the account permissions." />
      <ExpiryFields expiring={expiring()} expires={expires()} onExpiring={setExpiring} onExpires={setExpires} errors={fieldErrors()} />
    </FormDialog>
  );
}
