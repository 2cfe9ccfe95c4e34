/** Export flow: the blueprint as YAML, with Copy and a Download link (a Blob, named after the slug). */
import { createMemo, createSignal, onCleanup, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { blueprintFileName } from "../../lib/flow-import";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";

export function ExportFlowDialog(props: { open: boolean; flowId: string; slug: string; onClose: () => void }) {
  const toast = useToast();
  const blueprint = useApiQuery(() => (props.open ? props.flowId : null), (id) => trpc.flows.export.query({ id }));
  const [copyError, setCopyError] = createSignal<string | null>(null);
  let code: HTMLElement | undefined;
  const yaml = () => blueprint.data()?.yaml ?? "";
  const downloadUrl = createMemo<string | null>((previous) => {
    if (previous) URL.revokeObjectURL(previous);
    return yaml() ? URL.createObjectURL(new Blob([yaml()], { type: "application/yaml" })) : null;
  }, null);
  onCleanup(() => {
    const url = downloadUrl();
    if (url) URL.revokeObjectURL(url);
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(yaml());
      setCopyError(null);
      toast.success("Blueprint copied to the clipboard");
    } catch {
      const selection = window.getSelection();
      if (code && selection) selection.selectAllChildren(code);
      setCopyError("The browser refused to copy. The blueprint is selected: press Ctrl+C (⌘C) to copy it.");
    }
  };
  return (
    <Dialog
      open={props.open}
      onClose={() => (setCopyError(null), props.onClose())}
      size="large"
      title={`Export ${props.slug}`}
      description="The flow and its stages as a blueprint, to import on another installation."
      footer={
        <>
          <Button onClick={() => void copy()} disabled={!yaml()}>
            Copy
          </Button>
          <Show when={downloadUrl()}>
            {(url) => (
              <a class="button button-primary" href={url()} download={blueprintFileName(props.slug)}>
                Download .yaml
              </a>
            )}
          </Show>
        </>
      }
    >
      <Show when={blueprint.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <Show when={yaml()} fallback={<p class="muted">{blueprint.loading() ? "Loading…" : ""}</p>}>
        <pre class="directory-code flow-blueprint">
          <code ref={(element) => (code = element)} aria-label="Blueprint">
            {yaml()}
          </code>
        </pre>
      </Show>
      <Show when={copyError()}>
        <p class="field-hint">{copyError()}</p>
      </Show>
    </Dialog>
  );
}
