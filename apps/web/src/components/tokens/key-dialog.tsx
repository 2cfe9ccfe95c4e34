/** Shows a new key once, with Copy and a plain warning that it cannot be shown again. */
import { createSignal, Show, type JSX } from "solid-js";
import { copyText } from "../../lib/clipboard";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import "../../styles/directory.css";

export interface NewKey {
  title: string;
  summary: JSX.Element;
  key: string;
  /** How Roster keeps it; a hash by default. */
  storage?: string;
  /** What is shown, in the warning: "key" by default ("link" for an invitation). */
  noun?: string;
}

export function KeyDialog(props: { shown: NewKey | null; onClose: () => void }) {
  const toast = useToast();
  const [copyError, setCopyError] = createSignal<string | null>(null);
  let code: HTMLElement | undefined;
  const copy = async () => {
    if ((await copyText(props.shown?.key ?? "", code)) === "copied") {
      setCopyError(null);
      toast.success("Key copied to the clipboard");
    } else {
      setCopyError("The browser refused to copy. The key is selected: press Ctrl+C (⌘C) to copy it.");
    }
  };
  return (
    <Dialog
      open={props.shown !== null}
      onClose={() => (setCopyError(null), props.onClose())}
      title={props.shown?.title ?? ""}
      footer={
        <Button variant="primary" onClick={() => (setCopyError(null), props.onClose())}>
          Done
        </Button>
      }
    >
      <div class="stack">
        <div>{props.shown?.summary}</div>
        <div class="alert alert-warning" role="note">
          Copy this {props.shown?.noun ?? "key"} now: it will not be shown again. {props.shown?.storage ?? "Roster stores only a hash of it."}
        </div>
        <div class="secret-key">
          <code ref={(element) => (code = element)} aria-label="Key">
            {props.shown?.key}
          </code>
          <Button onClick={() => void copy()} data-autofocus>
            Copy
          </Button>
        </div>
        <Show when={copyError()}>
          <p class="field-hint">{copyError()}</p>
        </Show>
      </div>
    </Dialog>
  );
}
