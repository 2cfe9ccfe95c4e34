/** Directory › Roles: search by name, the list with Load more, Create / Rename, and Delete. */
import type { TRole } from "@roster/core";
import { createEffect, createSignal, on, Show } from "solid-js";
import { DeleteRolesButton } from "../../../components/roles/delete-roles";
import { RoleFormDialog, type RoleFormMode } from "../../../components/roles/role-form-dialog";
import { RolesTable } from "../../../components/roles/roles-table";
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

export default function RolesPage() {
  const can = useCan();
  const search = createDebouncedText();
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<RoleFormMode | null>(null);
  const list = usePagedList(() => ({ search: search.settled() }), (source, cursor) => trpc.roles.list.query({ ...(source.search ? { search: source.search } : {}), ...(cursor ? { cursor } : {}) }));
  const chosen = () => list.rows().filter((role) => selected().has(role.id));

  createEffect(on(search.settled, () => setSelected(new Set<string>()), { defer: true }));
  const refresh = () => {
    setSelected(new Set<string>());
    void list.refresh();
  };

  return (
    <>
      <PageHeader {...pageInfo("/directory/roles")} />
      <div class="directory-toolbar">
        <TextField label="Search roles" type="search" placeholder="Name contains…" value={search.text()} onValue={search.setText} {...{ [pageSearchAttribute]: "" }} />
        <Show when={can("add_role")}>
          <Button variant="primary" onClick={() => setForm({ kind: "create" })}>
            Create
          </Button>
        </Show>
        <span class="spacer" />
        <Show when={can("delete_role")}>
          <DeleteRolesButton roles={chosen()} onDeleted={refresh} />
        </Show>
      </div>
      <RolesTable list={list} selected={selected()} onSelectionChange={setSelected} onEdit={(role: TRole) => setForm({ kind: "edit", role })} searching={search.settled() !== ""} />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <RoleFormDialog mode={form()} onClose={() => setForm(null)} onSaved={() => void list.refresh()} />
    </>
  );
}
