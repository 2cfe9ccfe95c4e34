/** Create service account: a user that signs in only with its API token, optionally in a group of its own. */
import type { TServiceAccountCreated } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { expiryInput } from "../../lib/token-form";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { ExpiryFields } from "./expiry-fields";

export function ServiceAccountDialog(props: { open: boolean; onClose: () => void; onCreated: (created: TServiceAccountCreated) => void }) {
  const toast = useToast();
  const [name, setName] = createSignal("");
  const [createGroup, setCreateGroup] = createSignal(false);
  const [expiring, setExpiring] = createSignal(true);
  const [expires, setExpires] = createSignal("");
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string[]>>({});
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(on(() => props.open, (open) => open && (setName(""), setCreateGroup(false), setExpiring(true), setExpires(""), setFieldErrors({}), setError(null))));

  const save = async (event?: Event) => {
    event?.preventDefault();
    const expiry = expiryInput(expiring(), expires());
    if (!expiry.ok) return setFieldErrors({ expires: [expiry.message] });
    setBusy(true);
    setError(null);
    try {
      const created = await trpc.serviceAccounts.create.mutate({ name: name().trim(), createGroup: createGroup(), ...expiry.value });
      toast.success(`Service account ${created.user.username} created`);
      props.onClose();
      props.onCreated(created);
    } catch (caught) {
      const failure = toClientError(caught);
      setFieldErrors(failure.fieldErrors);
      setError(Object.keys(failure.fieldErrors).length > 0 ? null : failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title="Create service account"
      description="A user for another system: it has no password and signs in with the API token created with it."
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void save()}>
            Create
          </Button>
        </>
      }
    >
      <form class="stack" onSubmit={(event) => void save(event)}>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
        <TextField label="Username" required autocomplete="off" value={name()} onValue={setName} error={fieldErrors().name} hint="Lives in the folder roster/service-accounts." />
        <Checkbox label="Create a group of the same name" checked={createGroup()} onChange={setCreateGroup} error={fieldErrors().createGroup} hint="Give the group roles to give the account permissions." />
        <ExpiryFields expiring={expiring()} expires={expires()} onExpiring={setExpiring} onExpires={setExpires} errors={fieldErrors()} />
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
