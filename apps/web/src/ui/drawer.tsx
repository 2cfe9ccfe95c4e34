/** Drawer: a panel that slides in from the right (notifications), modal like Dialog. */
import { createUniqueId, Show, type JSX } from "solid-js";
import { Button } from "./button";
import { CloseIcon } from "./icons";
import { modalHandlers, useModal } from "./modal";
import "./dialog.css";
import "./drawer.css";

export function Drawer(props: { open: boolean; onClose: () => void; title: string; children: JSX.Element }) {
  let element: HTMLDialogElement | undefined;
  const titleId = createUniqueId();
  useModal(() => element, () => props.open);
  return (
    <dialog ref={(node) => (element = node)} class="drawer" aria-labelledby={titleId} {...modalHandlers(() => props.onClose())}>
      <Show when={props.open}>
        <div class="drawer-header">
          <h2 id={titleId}>{props.title}</h2>
          <Button variant="ghost" size="small" aria-label="Close" onClick={() => props.onClose()}>
            <CloseIcon />
          </Button>
        </div>
        <div class="drawer-body">{props.children}</div>
      </Show>
    </dialog>
  );
}
