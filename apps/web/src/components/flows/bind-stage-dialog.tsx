/** Bind stage: choose one stage (searched by name) to add at the end of the flow; Save keeps it. */
import type { TStage } from "@roster/core";
import { createSignal, Show } from "solid-js";
import { stageTypeLabel } from "../../lib/flow-labels";
import type { PickOption } from "../../lib/pick-sources";
import { trpc } from "../../lib/trpc";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { SearchPick } from "../groups/search-pick";

export function BindStageDialog(props: { open: boolean; boundIds: string[]; onClose: () => void; onBind: (stage: TStage) => void }) {
  return (
    <Show when={props.open}>
      <BindStageForm {...props} />
    </Show>
  );
}

function BindStageForm(props: { open: boolean; boundIds: string[]; onClose: () => void; onBind: (stage: TStage) => void }) {
  const [chosen, setChosen] = createSignal<(PickOption & { stage: TStage }) | null>(null);
  const search = async (text: string) => {
    const page = await trpc.stages.list.query({ ...(text.trim() ? { search: text.trim() } : {}), limit: 30 });
    return page.items.map((stage) => ({ id: stage.id, label: stage.name, detail: stageTypeLabel(stage.type), stage: { id: stage.id, name: stage.name, type: stage.type, settings: stage.settings } }));
  };
  return (
    <Dialog
      open
      onClose={() => props.onClose()}
      title="Bind stage"
      description="The stage is added at the end of the flow; move it into place, then Save."
      footer={
        <>
          <Button onClick={() => props.onClose()}>Cancel</Button>
          <Button
            variant="primary"
            disabled={chosen() === null}
            onClick={() => {
              const option = chosen();
              if (option) props.onBind(option.stage);
              props.onClose();
            }}
          >
            Bind
          </Button>
        </>
      }
    >
      <SearchPick
        label="Stage"
        single
        search={search}
        selected={chosen() ? [chosen() as PickOption] : []}
        onToggle={(option) => setChosen(option as PickOption & { stage: TStage })}
        exclude={props.boundIds}
        placeholder="Search stages…"
        hint="A stage can be bound only once in a flow; stages already bound are not offered."
      />
    </Dialog>
  );
}
