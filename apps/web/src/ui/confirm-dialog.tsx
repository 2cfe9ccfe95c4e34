/**
 * ConfirmDialog: asks before a destructive action. `consequence` names what will be lost; the
 * danger button comes last; a failure shows the backend's message and keeps the dialog open.
 */
import { createSignal, Show, type JSX } from "solid-js";
import { toClientError } from "../lib/client-error";
import { Button } from "./button";
import { Dialog } from "./dialog";

export interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  consequence: JSX.Element;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const close = () => {
    if (busy()) return;
    setError(null);
    props.onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      setBusy(false);
      props.onClose();
    } catch (caught) {
      setBusy(false);
      setError(toClientError(caught).message);
    }
  };
  return (
    <Dialog
      open={props.open}
      onClose={close}
      role="alertdialog"
      title={props.title}
      footer={
        <>
          <Button onClick={close} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="danger" busy={busy()} onClick={() => void confirm()}>
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      <div class="stack">
        <div>{props.consequence}</div>
        <Show when={error()}>
          <div class="alert alert-error" role="alert">
            {error()}
          </div>
        </Show>
      </div>
    </Dialog>
  );
}
