/**
 * Impersonate: asks for the reason (the audit log keeps it), then the console continues as the
 * user, with the shell's banner to stop.
 */
import { useNavigate } from "@solidjs/router";
import type { TUser } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { useSession } from "../../lib/session";
import { rememberReturnPath } from "../../lib/impersonation-return";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { TextArea } from "../../ui/text-area";

export function ImpersonateDialog(props: { open: boolean; user: TUser; onClose: () => void }) {
  const session = useSession();
  const navigate = useNavigate();
  const [reason, setReason] = createSignal("");
  const [fieldError, setFieldError] = createSignal<string[] | undefined>();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  createEffect(
    on(
      () => props.open,
      () => {
        setReason("");
        setFieldError(undefined);
        setError(null);
      },
    ),
  );

  const submit = async () => {
    setBusy(true);
    setFieldError(undefined);
    setError(null);
    try {
      const text = reason().trim();
      rememberReturnPath(`${window.location.pathname}${window.location.search}`);
      await trpc.users.impersonate.mutate({ id: props.user.id, ...(text ? { reason: text } : {}) });
      await session.refresh();
      navigate("/");
    } catch (caught) {
      const failure = toClientError(caught);
      if (failure.fieldErrors.reason) setFieldError(failure.fieldErrors.reason);
      else setError(failure.message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={() => !busy() && props.onClose()}
      title={`Impersonate ${props.user.username}`}
      description={`You will see the console as ${props.user.username} until you stop. What you do is recorded under both names.`}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} onClick={() => void submit()}>
            Impersonate
          </Button>
        </>
      }
    >
      <div class="stack">
        <TextArea label="Reason" value={reason()} onValue={setReason} rows={3} error={fieldError()} placeholder="Why, for the audit log (a ticket number, say)" />
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}
