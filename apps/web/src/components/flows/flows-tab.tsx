/** Flows & Stages › Flows: search, Create, Import (blueprints and shipped examples), and Delete. */
import { useNavigate } from "@solidjs/router";
import { createEffect, createSignal, on, Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { createDebouncedText } from "../../lib/debounced-text";
import { deletedToast } from "../../lib/directory-texts";
import { deleteFlowsConfirmation } from "../../lib/flow-texts";
import { pageSearchAttribute } from "../../lib/keyboard";
import { trpc } from "../../lib/trpc";
import { useCan } from "../../lib/use-can";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { TextField } from "../../ui/text-field";
import { useToast } from "../../ui/toast";
import { FlowFormDialog } from "./flow-form-dialog";
import { FlowsTable } from "./flows-table";
import { ImportFlowDialog } from "./import-flow-dialog";

export function FlowsTab() {
  const can = useCan();
  const toast = useToast();
  const navigate = useNavigate();
  const search = createDebouncedText();
  const list = usePagedList(() => ({ search: search.settled() }), (source, cursor) => trpc.flows.list.query({ ...(source.search ? { search: source.search } : {}), ...(cursor ? { cursor } : {}) }));
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [dialog, setDialog] = createSignal<"create" | "import" | "delete" | null>(null);
  const chosen = () => list.rows().filter((flow) => selected().has(flow.id));
  const confirmation = () => deleteFlowsConfirmation(chosen());
  createEffect(on(search.settled, () => setSelected(new Set<string>()), { defer: true }));

  return (
    <>
      <div class="directory-toolbar">
        <TextField label="Search flows" type="search" placeholder="Slug or name contains…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
        <Show when={can("add_flow")}>
          <Button variant="primary" onClick={() => setDialog("create")}>
            Create
          </Button>
        </Show>
        <Button onClick={() => setDialog("import")}>Import</Button>
        <span class="spacer" />
        <Show when={chosen().length > 0 && can("delete_flow")}>
          <Button variant="danger" onClick={() => setDialog("delete")}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <FlowsTable list={list} selected={selected()} onSelectionChange={setSelected} searching={search.settled() !== ""} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <FlowFormDialog open={dialog() === "create"} onClose={() => setDialog(null)} onCreated={(flow) => navigate(`/flows/${flow.id}`)} />
      <ImportFlowDialog open={dialog() === "import"} onClose={() => setDialog(null)} onImported={(flow) => navigate(`/flows/${flow.id}`)} />
      <ConfirmDialog
        open={dialog() === "delete"}
        onClose={() => setDialog(null)}
        title={confirmation().title}
        consequence={confirmation().consequence}
        confirmLabel={confirmation().confirmLabel}
        onConfirm={async () => {
          const slugs = chosen().map((flow) => flow.slug);
          const result = await trpc.flows.delete.mutate({ ids: chosen().map((flow) => flow.id) });
          toast.success(deletedToast("flow", slugs, result.deleted));
          setSelected(new Set<string>());
          await list.refresh();
        }}
      />
    </>
  );
}
