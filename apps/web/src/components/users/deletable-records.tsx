/**
 * A paged list of a user's records with row checkboxes and Delete (asked first): the user page's
 * Explicit consent, OAuth Refresh Tokens and MFA Authenticators tabs, and Settings' connected
 * applications and MFA devices. Delete and the checkboxes appear only for an admin who `mayDelete`
 * and only when there are rows: an empty list is its empty state alone.
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
  /** Whether the signed-in person may delete these records (lib/user-tab-actions.ts). */
  mayDelete: boolean;
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
  const hasRows = () => props.list.rows().length > 0;
  const isEmpty = () => !hasRows() && !props.list.loading() && !props.list.error();
  const selectable = () => props.mayDelete && hasRows();
  return (
    <>
      <Show when={!isEmpty()} fallback={props.empty}>
        <Show when={selectable()}>
          <div class="tab-toolbar">
            <Button variant="danger" disabled={selected().size === 0} onClick={() => setDeleting(props.list.rows().filter((row) => selected().has(row.id)))}>
              {props.deleteLabel ?? "Delete"}
            </Button>
            <span class="muted">{props.intro}</span>
          </div>
        </Show>
        <PagedTable label={props.label} columns={props.columns} list={props.list} rowKey={(row) => row.id} rowLabel={props.rowLabel} selected={selectable() ? selected() : undefined} onSelectionChange={setSelected} empty={props.empty} />
      </Show>
      <Show when={props.list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <ConfirmDialog open={deleting() !== null} onClose={() => setDeleting(null)} title={confirmation().title} consequence={confirmation().consequence} confirmLabel={confirmation().confirmLabel} onConfirm={remove} />
    </>
  );
}
