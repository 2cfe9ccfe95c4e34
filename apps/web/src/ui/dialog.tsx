/** Dialog: a modal window (focus kept inside, ESC closes, focus returns to the opener). */
import { createUniqueId, Show, type JSX } from "solid-js";
import { Button } from "./button";
import { CloseIcon } from "./icons";
import { modalHandlers, useModal } from "./modal";
import "./dialog.css";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: JSX.Element;
  children?: JSX.Element;
  /** Buttons, the main one last. */
  footer?: JSX.Element;
  size?: "normal" | "large";
  /** ARIA role: "alertdialog" for confirmations. */
  role?: "dialog" | "alertdialog";
}

export function Dialog(props: DialogProps) {
  let element: HTMLDialogElement | undefined;
  const titleId = createUniqueId();
  useModal(() => element, () => props.open);
  return (
    <dialog ref={(node) => (element = node)} class={props.size === "large" ? "dialog dialog-large" : "dialog"} role={props.role} aria-labelledby={titleId} {...modalHandlers(() => props.onClose())}>
      <Show when={props.open}>
        <div class="dialog-header">
          <h2 id={titleId}>{props.title}</h2>
          <Button variant="ghost" size="small" aria-label="Close" onClick={() => props.onClose()}>
            <CloseIcon />
          </Button>
        </div>
        <div class="dialog-body">
          <Show when={props.description}>
            <p class="dialog-description">{props.description}</p>
          </Show>
          {props.children}
        </div>
        <Show when={props.footer}>
          <div class="dialog-footer">{props.footer}</div>
        </Show>
      </Show>
    </dialog>
  );
}
