/**
 * Create service account (on Users and on Tokens): a user that signs in only with its API token,
 * optionally in a group of its own (offered with `add_group`). The token's expiry is shown and
 * chosen in the form, starting one year ahead; unchecking Expiring makes it last until deleted.
 */
import type { TServiceAccountCreated } from "@roster/core";
import { Show } from "solid-js";
import { serviceAccountExpiry } from "../../lib/token-expiry";
import { expiryInput } from "../../lib/token-form";
import { createFormState } from "../../lib/form-state";
import { createFormSubmission } from "../../lib/form-submission";
import { trpc } from "../../lib/trpc";
import { useCan } from "../../lib/use-can";
import { Checkbox } from "../../ui/checkbox";
import { FormDialog } from "../../ui/form-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";
import type { NewKey } from "./key-dialog";

export function ServiceAccountDialog(props: { open: boolean; onClose: () => void; onCreated: (created: TServiceAccountCreated) => void }) {
  return <Show when={props.open}><ServiceAccountForm onClose={() => props.onClose()} onCreated={(created) => props.onCreated(created)} /></Show>;
}

function ServiceAccountForm(props: { onClose: () => void; onCreated: (created: TServiceAccountCreated) => void }) {
  const toast = useToast();
  const can = useCan();
  const { values, set } = createFormState({ name: "", createGroup: false, expiring: true, expires: serviceAccountExpiry(new Date()) });
  const submission = createFormSubmission();
  const { busy, error, fieldErrors } = submission;

  const save = async () => {
    const expiry = expiryInput(values.expiring, values.expires);
    if (!expiry.ok) return submission.showFieldErrors({ expires: [expiry.message] });
    await submission.run(async () => {
      const created = await trpc.serviceAccounts.create.mutate({ name: values.name.trim(), createGroup: values.createGroup, ...expiry.value });
      toast.success(`Service account ${created.user.username} created`);
      props.onClose();
      props.onCreated(created);
    });
  };

  return (
    <FormDialog
      open
      title="Create service account"
      description="A user for another system: it has no password and signs in with the API token created with it."
      busy={busy()}
      error={error()}
      submitLabel="Create"
      onSubmit={() => void save()}
      onClose={() => props.onClose()}
    >
      <TextField label="Username" required autocomplete="off" value={values.name} onValue={set("name")} error={fieldErrors().name} hint="Lives in the folder roster/service-accounts." />
      <Show when={can("add_group")}>
        <Checkbox label="Create a group of the same name" checked={values.createGroup} onChange={set("createGroup")} error={fieldErrors().createGroup} hint="Give the group roles to give the account permissions." />
      </Show>
      <ExpiryFields expiring={values.expiring} expires={values.expires} onExpiring={set("expiring")} onExpires={set("expires")} errors={fieldErrors()} />
    </FormDialog>
  );
}

/** The new account's key, for the KeyDialog that shows it once. */
export function serviceAccountKey(created: TServiceAccountCreated): NewKey {
  return {
    title: "Service account created",
    summary: (
      <>
        <strong>{created.user.username}</strong> signs in with the token <code>{created.token.identifier}</code>
        {created.group ? <>, and is a member of the new group {created.group.name}</> : null}. Its key:
      </>
    ),
    key: created.key,
  };
}
