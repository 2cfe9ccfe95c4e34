/**
 * A flow's stages in order, edited here and saved at once: move up / down, remove, bind another.
 * Save sends the new order as `stageIds`; the server's message shows when it refuses.
 */
import type { TFlowDetail, TStage } from "@roster/core";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { stageTypeLabel } from "../../lib/flow-labels";
import { settingsSummary } from "../../lib/settings-text";
import { moveItem, removeAt, sameOrder } from "../../lib/stage-order";
import { toClientError, trpc } from "../../lib/trpc";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { useToast } from "../../ui/toast";
import { BindStageDialog } from "./bind-stage-dialog";

export function FlowStagesEditor(props: { flow: TFlowDetail; onSaved: (flow: TFlowDetail) => void }) {
  const toast = useToast();
  const saved = () => props.flow.bindings.map((binding) => binding.stage);
  const [stages, setStages] = createSignal<TStage[]>(saved());
  const [binding, setBinding] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  createEffect(on(() => props.flow, () => (setStages(saved()), setError(null)), { defer: true }));
  const ids = () => stages().map((stage) => stage.id);
  const changed = () => !sameOrder(ids(), saved().map((stage) => stage.id));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const flow = await trpc.flows.update.mutate({ id: props.flow.id, stageIds: ids() });
      toast.success(`Stages of ${flow.slug} saved`);
      props.onSaved(flow);
    } catch (caught) {
      const failure = toClientError(caught);
      setError(failure.fieldErrors.stageIds?.join(" ") ?? failure.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="flow-stages" aria-label="Stages">
      <div class="flow-stages-toolbar">
        <h2>Stages</h2>
        <Show when={changed()}>
          <Badge tone="warning">Unsaved changes</Badge>
        </Show>
        <span class="spacer" />
        <Button onClick={() => setBinding(true)}>Bind stage</Button>
        <Show when={changed()}>
          <Button onClick={() => (setStages(saved()), setError(null))} disabled={busy()}>
            Discard
          </Button>
        </Show>
        <Button variant="primary" busy={busy()} disabled={!changed()} onClick={() => void save()}>
          Save
        </Button>
      </div>
      <Show when={error()}>
        <div class="alert alert-error" role="alert">
          {error()}
        </div>
      </Show>
      <Show when={stages().length > 0} fallback={<EmptyState framed title="No stages bound" description="A flow runs its stages in order. Bind the first one with Bind stage." />}>
        <ol class="flow-stage-list" aria-label={`Stages of ${props.flow.slug}`}>
          <For each={stages()}>
            {(stage, index) => (
              <li class="flow-stage">
                <span class="flow-stage-order" aria-hidden="true">
                  {index() + 1}
                </span>
                <div class="flow-stage-main">
                  <span class="flow-stage-name">{stage.name}</span>
                  <code class="stage-settings">{settingsSummary(stage.settings, 100) || "no settings"}</code>
                </div>
                <Badge>{stageTypeLabel(stage.type)}</Badge>
                <div class="flow-stage-actions">
                  <Button variant="ghost" size="small" aria-label={`Move ${stage.name} up`} disabled={index() === 0} onClick={() => setStages((list) => moveItem(list, index(), -1))}>
                    ↑
                  </Button>
                  <Button variant="ghost" size="small" aria-label={`Move ${stage.name} down`} disabled={index() === stages().length - 1} onClick={() => setStages((list) => moveItem(list, index(), 1))}>
                    ↓
                  </Button>
                  <Button variant="ghost" size="small" aria-label={`Remove ${stage.name}`} onClick={() => setStages((list) => removeAt(list, index()))}>
                    Remove
                  </Button>
                </div>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <BindStageDialog open={binding()} boundIds={ids()} onClose={() => setBinding(false)} onBind={(stage) => setStages((list) => [...list, stage])} />
    </section>
  );
}
