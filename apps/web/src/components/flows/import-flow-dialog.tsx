/**
 * Import flow: a blueprint (YAML) pasted, or filled in from one of the shipped examples. Importing
 * creates or updates the flow and its stages; every problem is listed under the editor, each
 * naming its line. An import that would change existing stages says which (and which other flows
 * use them) and asks again before it does.
 */
import type { TFlowDetail } from "@roster/core";
import { createSignal, For, Show } from "solid-js";
import { useApiQuery } from "../../lib/api-query";
import { importProblems, stagesChangedByImport } from "../../lib/flow-import";
import { toClientError, trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { CodeArea } from "../../ui/code-area";
import { Dialog } from "../../ui/dialog";
import { Select } from "../../ui/select";
import { useToast } from "../../ui/toast";

export function ImportFlowDialog(props: { open: boolean; onClose: () => void; onImported: (flow: TFlowDetail) => void }) {
  return (
    <Show when={props.open}>
      <ImportFlowForm {...props} />
    </Show>
  );
}

function ImportFlowForm(props: { open: boolean; onClose: () => void; onImported: (flow: TFlowDetail) => void }) {
  const toast = useToast();
  const examples = useApiQuery(() => true, () => trpc.flows.examples.query());
  const [example, setExample] = createSignal("");
  const [yaml, setYaml] = createSignal("");
  const [problems, setProblems] = createSignal<string[]>([]);
  const [busy, setBusy] = createSignal(false);
  /** The existing stages the import would change, once the admin was told; null before. */
  const [confirming, setConfirming] = createSignal<string[] | null>(null);
  const edit = (text: string) => {
    setYaml(text);
    setProblems([]);
    setConfirming(null);
  };
  const options = () => [{ value: "", label: "— Paste a blueprint —" }, ...(examples.data()?.items ?? []).map((item) => ({ value: item.file, label: item.name }))];
  const chooseExample = (file: string) => {
    setExample(file);
    const chosen = examples.data()?.items.find((item) => item.file === file);
    if (chosen) edit(chosen.yaml);
  };
  const description = () => examples.data()?.items.find((item) => item.file === example())?.description;

  const submit = async () => {
    setBusy(true);
    setProblems([]);
    try {
      if (confirming() === null) {
        const changed = stagesChangedByImport(await trpc.flows.importPlan.mutate({ yaml: yaml() }));
        if (changed.length > 0) {
          setConfirming(changed);
          return;
        }
      }
      const flow = await trpc.flows.import.mutate({ yaml: yaml() });
      toast.success(`Flow ${flow.slug} imported with ${flow.bindings.length} ${flow.bindings.length === 1 ? "stage" : "stages"}`);
      props.onImported(flow);
      props.onClose();
    } catch (caught) {
      setProblems(importProblems(toClientError(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={() => !busy() && props.onClose()}
      size="large"
      title="Import flow"
      description="A blueprint describes a flow and its stages. Importing creates them, or updates the flow with the same slug and the stages with the same names."
      footer={
        <>
          <Button onClick={() => props.onClose()} disabled={busy()}>
            Cancel
          </Button>
          <Button variant="primary" busy={busy()} disabled={yaml().trim() === ""} onClick={() => void submit()}>
            {confirming() ? `Import and change ${confirming()?.length === 1 ? "1 stage" : `${confirming()?.length ?? 0} stages`}` : "Import"}
          </Button>
        </>
      }
    >
      <div class="stack">
        <Select label="Example" value={example()} options={options()} onValue={chooseExample} hint={description() ?? (examples.error()?.message || "Start from a blueprint shipped with Roster, or paste your own below.")} />
        <Show when={confirming()}>
          {(changed) => (
            // Brought into view: the editor the admin just typed in may have scrolled it away.
            <div class="alert alert-warning" role="alert" ref={(element) => queueMicrotask(() => element.scrollIntoView({ block: "nearest" }))}>
              <p>This import changes the settings of existing stages:</p>
              <ul>
                <For each={changed()}>{(line) => <li>{line}</li>}</For>
              </ul>
            </div>
          )}
        </Show>
        <CodeArea label="Blueprint (YAML)" value={yaml()} onValue={edit} error={problems()} rows={16} />
      </div>
    </Dialog>
  );
}
