/** Events › Data Exports: past and running exports, their progress, Download, and Delete. */
import { createSignal, Show } from "solid-js";
import { ExportsTable } from "../../../components/exports/exports-table";
import { useExportList } from "../../../components/exports/use-export-list";
import { exportFilterSummary } from "../../../lib/export-texts";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { plural } from "../../../lib/user-texts";
import { Button } from "../../../ui/button";
import { ConfirmDialog } from "../../../ui/confirm-dialog";
import { PageHeader } from "../../../ui/page-header";
import { useToast } from "../../../ui/toast";
import "../../../styles/directory.css";

export default function DataExportsPage() {
  const toast = useToast();
  const list = useExportList();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [confirming, setConfirming] = createSignal(false);
  const chosen = () => list.rows().filter((item) => selected().has(item.id));
  return (
    <>
      <PageHeader {...pageInfo("/events/exports")} />
      <div class="directory-toolbar">
        <Button onClick={() => void list.refresh()} busy={list.loading() && list.rows().length > 0}>
          Refresh
        </Button>
        <span class="spacer" />
        <Show when={chosen().length > 0}>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete ({chosen().length})
          </Button>
        </Show>
      </div>
      <Show when={list.error()}>{(error) => <div class="alert alert-error" role="alert">{error().message}</div>}</Show>
      <ExportsTable list={list} selected={selected()} onSelectionChange={setSelected} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <ConfirmDialog
        open={confirming()}
        onClose={() => setConfirming(false)}
        title={chosen().length === 1 ? "Delete export" : "Delete exports"}
        consequence={
          <>
            <p>Delete {plural(chosen().length, "export")}? Their files can no longer be downloaded. This cannot be undone.</p>
            <ul>
              {chosen().map((item) => (
                <li>
                  {exportFilterSummary(item.queryParams)} <span class="muted">({item.requestedBy.username})</span>
                </li>
              ))}
            </ul>
          </>
        }
        confirmLabel="Delete"
        onConfirm={async () => {
          const result = await trpc.exports.delete.mutate({ ids: chosen().map((item) => item.id) });
          toast.success(`${plural(result.deleted, "export")} deleted`);
          setSelected(new Set<string>());
          await list.refresh();
        }}
      />
    </>
  );
}
