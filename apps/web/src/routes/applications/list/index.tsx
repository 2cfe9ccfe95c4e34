/** Applications: search by name, slug or group, the list with Load more, Create / Edit, and bulk Delete. */
import type { TApplication } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { ApplicationFormDialog, type ApplicationFormMode } from "../../../components/applications/application-form-dialog";
import { ApplicationsTable } from "../../../components/applications/applications-table";
import { DeleteApplicationsButton } from "../../../components/applications/delete-applications";
import { usePagedList } from "../../../lib/api-query";
import { createDebouncedText } from "../../../lib/debounced-text";
import { pageSearchAttribute } from "../../../lib/keyboard";
import { pageInfo } from "../../../lib/navigation";
import { trpc } from "../../../lib/trpc";
import { useCan } from "../../../lib/use-can";
import { Button } from "../../../ui/button";
import { PageHeader } from "../../../ui/page-header";
import { TextField } from "../../../ui/text-field";
import "../../../styles/directory.css";
import "../../../components/applications/applications.css";

export default function ApplicationsPage() {
  const can = useCan();
  const search = createDebouncedText();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<ApplicationFormMode | null>(null);
  const list = usePagedList(() => ({ search: search.settled() }), (source, cursor) => trpc.applications.list.query({ ...(source.search ? { search: source.search } : {}), ...(cursor ? { cursor } : {}) }));
  const chosen = () => list.rows().filter((application) => selected().has(application.id));

  createEffect(on(search.settled, () => setSelected(new Set<string>()), { defer: true }));
  const refresh = () => {
    setSelected(new Set<string>());
    void list.refresh();
  };

  return (
    <>
      <PageHeader {...pageInfo("/applications")} />
      <div class="directory-toolbar">
        <TextField label="Search applications" type="search" placeholder="Name, slug or group contains…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
        <Show when={can("add_application")}>
          <Button variant="primary" onClick={() => setForm({ kind: "create" })}>
            Create
          </Button>
        </Show>
        <span class="spacer" />
        <Show when={can("delete_application")}>
          <DeleteApplicationsButton applications={chosen()} onDeleted={refresh} />
        </Show>
      </div>
      <ApplicationsTable list={list} selected={selected()} onSelectionChange={setSelected} onEdit={(application: TApplication) => setForm({ kind: "edit", application })} searching={search.settled() !== ""} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <ApplicationFormDialog mode={form()} onClose={() => setForm(null)} onSaved={() => void list.refresh()} />
    </>
  );
}
