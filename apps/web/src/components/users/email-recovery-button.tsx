/** Email recovery link: queues the recovery email at once; the backend's reason shows if it cannot. */
import type { TUser } from "@roster/core";
import { createSignal } from "solid-js";
import { recoveryEmailToast } from "../../lib/recovery-link";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { useToast } from "../../ui/toast";

export function EmailRecoveryButton(props: { user: TUser }) {
  const toast = useToast();
  const [busy, setBusy] = createSignal(false);
  const send = async () => {
    setBusy(true);
    try {
      await trpc.users.sendRecoveryEmail.mutate({ id: props.user.id });
      toast.success(recoveryEmailToast(props.user.email));
    } catch (caught) {
      toast.error(toClientError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button busy={busy()} onClick={() => void send()} title={props.user.email ? `Send a recovery link to ${props.user.email}` : `${props.user.username} has no email address`}>
      Email recovery link
    </Button>
  );
}
