/** Flows & Stages › Stages: search, Create, Edit settings, and Delete (refused while bound to a flow). */
import { createEffect, createSignal, on, Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { createDebouncedText } from "../../lib/debounced-text";
import { deleteStagesConfirmation } from "../../lib/flow-texts";
import { pageSearchAttribute } from "../../lib/keyboard";
import { trpc } from "../../lib/trpc";
import { useCan } from "../../lib/use-can";
import { deletedToast } from "../../lib/directory-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { StageFormDialog, type StageFormMode } from "./stage-form-dialog";
import { StagesTable } from "./stages-table";

export function StagesTab() {
  const can = useCan();
  const toast = useToast();
  const search = createDebouncedText();
  const list = usePagedList(() => ({ search: search.settled() }), (source, cursor) => trpc.stages.list.query({ ...(source.search ? { search: source.search } : {}), ...(cursor ? { cursor } : {}) }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<StageFormMode | null>(null);
  const [confirming, setConfirming] = createSignal(false);
  const chosen = () => list.rows().filter((stage) => selected().has(stage.id));
  const confirmation = () => deleteStagesConfirmation(chosen());
  createEffect(on(search.settled, () => setSelected(new Set<string>()), { defer: true }));

  return (
    <>
      <div class="directory-toolbar">
        <TextField label="Search stages" type="search" placeholder="Name contains…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
        <Show when={can("add_stage")}>
          <Button variant="primary" onClick={() => setForm({ kind: "create" })}>
            Create stage
          </Button>
        </Show>
        <span class="spacer" />
        <Show when={chosen().length > 0 && can("delete_stage")}>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <StagesTable list={list} selected={selected()} onSelectionChange={setSelected} onEdit={(stage) => setForm({ kind: "edit", stage })} searching={search.settled() !== ""} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <StageFormDialog mode={form()} onClose={() => setForm(null)} onSaved={() => void list.refresh()} />
      <ConfirmDialog
        open={confirming()}
        onClose={() => setConfirming(false)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const names = chosen().map((stage) => stage.name);
          const result = await trpc.stages.delete.mutate({ ids: chosen().map((stage) => stage.id) });
          toast.success(deletedToast("stage", names, result.deleted));
          setSelected(new Set<string>());
          await list.refresh();
        }}
      />
    </>
  );
}
