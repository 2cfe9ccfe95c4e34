/**
 * A dialog around a form: the general error above the fields, Cancel and the primary button in
 * the footer, Enter submits, and ESC or Cancel close it unless it is saving.
 */
import { Show, type JSX } from "solid-js";
import { Button } from "./button";
import { Dialog } from "./dialog";

export interface FormDialogProps {
  open: boolean;
  title: string;
  description?: string;
  size?: "normal" | "large";
  busy: boolean;
  error: string | null;
  submitLabel: string;
  submitDisabled?: boolean;
  formClass?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: JSX.Element;
}

export function FormDialog(props: FormDialogProps) {
  return (
    <Dialog
      open={props.open}
      onClose={() => !props.busy && props.onClose()}
      size={props.size ?? "normal"}
      title={props.title}
      {...(props.description ? { description: props.description } : {})}
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={props.busy}>
            Cancel
          </Button>
          <Button variant="primary" busy={props.busy} disabled={props.submitDisabled ?? false} onClick={() => props.onSubmit()}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <form
        class={props.formClass ? `stack ${props.formClass}` : "stack"}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <Show when={props.error}>
          <div class="alert alert-error" role="alert">
            {props.error}
          </div>
        </Show>
        {props.children}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
