/**
 * A paged list of a user's records with row checkboxes and Delete (asked first): the user page's
 * Explicit consent and OAuth Refresh Tokens tabs, and Settings' connected applications.
 */
import { createSignal, Show, type JSX } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import type { RecordsConfirmation } from "../../lib/oauth-texts";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";
import { useToast } from "../../ui/toast";
import "./users.css";

export interface DeletableRecordsProps<Row extends { id: string }> {
  label: string;
  list: PagedList<Row>;
  columns: Column<Row>[];
  rowLabel: (row: Row) => string;
  intro: string;
  deleteLabel?: string;
  confirmation: (rows: Row[]) => RecordsConfirmation;
  /** Deletes; returns the toast's text. */
  onDelete: (rows: Row[]) => Promise<string>;
  empty: JSX.Element;
}

export function DeletableRecords<Row extends { id: string }>(props: DeletableRecordsProps<Row>) {
  const toast = useToast();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [deleting, setDeleting] = createSignal<Row[] | null>(null);
  const remove = async () => {
    toast.success(await props.onDelete(deleting() ?? []));
    setSelected(new Set<string>());
    await props.list.refresh();
  };
  const confirmation = () => props.confirmation(deleting() ?? []);
  return (
    <>
      <div class="tab-toolbar">
        <Button variant="danger" disabled={selected().size === 0} onClick={() => setDeleting(props.list.rows().filter((row) => selected().has(row.id)))}>
          {props.deleteLabel ?? "Delete"}
        </Button>
        <span class="muted">{props.intro}</span>
      </div>
      <PagedTable label={props.label} columns={props.columns} list={props.list} rowKey={(row) => row.id} rowLabel={props.rowLabel} selected={selected()} onSelectionChange={setSelected} empty={props.empty} />
      <Show when={props.list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <ConfirmDialog open={deleting() !== null} onClose={() => setDeleting(null)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
