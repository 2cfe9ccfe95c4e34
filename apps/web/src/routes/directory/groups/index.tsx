/** Directory › Groups: search by name, the list with Load more, Create / Edit, and bulk Delete. */
import type { TGroup } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { DeleteGroupsButton } from "../../../components/groups/delete-groups";
import { GroupFormDialog, type GroupFormMode } from "../../../components/groups/group-form-dialog";
import { GroupsTable } from "../../../components/groups/groups-table";
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

export default function GroupsPage() {
  const can = useCan();
  const search = createDebouncedText();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<GroupFormMode | null>(null);
  const list = usePagedList(() => ({ search: search.settled() }), (source, cursor) => trpc.groups.list.query({ ...(source.search ? { search: source.search } : {}), ...(cursor ? { cursor } : {}) }));
  const chosen = () => list.rows().filter((group) => selected().has(group.id));

  createEffect(on(search.settled, () => setSelected(new Set<string>()), { defer: true }));
  const refresh = () => {
    setSelected(new Set<string>());
    void list.refresh();
  };

  return (
    <>
      <PageHeader {...pageInfo("/directory/groups")} />
      <div class="directory-toolbar">
        <TextField label="Search groups" type="search" placeholder="Name contains…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
        <Show when={can("add_group")}>
          <Button variant="primary" onClick={() => setForm({ kind: "create" })}>
            Create
          </Button>
        </Show>
        <span class="spacer" />
        <Show when={can("delete_group")}>
          <DeleteGroupsButton groups={chosen()} onDeleted={refresh} />
        </Show>
      </div>
      <GroupsTable list={list} selected={selected()} onSelectionChange={setSelected} onEdit={(group: TGroup) => setForm({ kind: "edit", group })} searching={search.settled() !== ""} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <GroupFormDialog mode={form()} onClose={() => setForm(null)} onSaved={() => void list.refresh()} />
    </>
  );
}
