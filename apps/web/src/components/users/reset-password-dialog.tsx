/** Reset password: the admin sets a new one; the backend's password rules answer under the field. */
import type { TUser } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";

export function ResetPasswordDialog(props: { open: boolean; user: TUser; onClose: () => void }) {
  const toast = useToast();
  const [password, setPassword] = createSignal("");
  const [fieldError, setFieldError] = createSignal<string[] | undefined>();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  createEffect(
    on(
      () => props.open,
      () => {
        setPassword("");
        setFieldError(undefined);
        setError(null);
      },
    ),
  );

  const submit = async (event?: Event) => {
    event?.preventDefault();
    setBusy(true);
    setFieldError(undefined);
    setError(null);
    try {
      await trpc.users.setPassword.mutate({ id: props.user.id, password: password() });
      toast.success(`Password of ${props.user.username} changed`);
      props.onClose();
    } catch (caught) {
      const failure = toClientError(caught);
      if (failure.fieldErrors.password) setFieldError(failure.fieldErrors.password);
      else setError(failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title={`Reset password of ${props.user.username}`}
      description={`${props.user.username}'s other sessions end; they sign in with the new password from now on.`}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={password() === ""} onClick={() => void submit()}>
            Set password
          </Button>
        </>
      }
    >
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <TextField label="New password" type="password" autocomplete="new-password" required value={password()} onValue={setPassword} error={fieldError()} />
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </form>
    </Dialog>
  );
}
