/**
 * A danger button for the chosen rows that asks first: the confirmation names what goes, and
 * `onConfirm` deletes and returns the toast to show. Hidden while nothing is chosen.
 */
import { createSignal, Show } from "solid-js";
import type { Confirmation } from "../lib/user-texts";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { useToast } from "./toast";

export interface ConfirmedDeleteButtonProps {
  count: number;
  label?: string | undefined;
  confirmation: () => Confirmation;
  onConfirm: () => Promise<string>;
  onDeleted: () => void;
}

export function ConfirmedDeleteButton(props: ConfirmedDeleteButtonProps) {
  const toast = useToast();
  const [open, setOpen] = createSignal(false);
  return (
    <Show when={props.count > 0}>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {props.label ?? `Delete (${props.count})`}
      </Button>
      <ConfirmDialog
        open={open()}
        onClose={() => setOpen(false)}
        title={props.confirmation().title}
        consequence={props.confirmation().consequence}
        confirmLabel={props.confirmation().confirmLabel}
        onConfirm={async () => {
          toast.success(await props.onConfirm());
          props.onDeleted();
        }}
      />
    </Show>
  );
}
