/**
 * Directory › Users: the User folders tree, the query field, the toolbar (Create, Create service
 * account, Export, bulk actions), and the list whose rows open to quick actions. Folder, query
 * and sort live in the URL.
 */
import { useSearchParams } from "@solidjs/router";
import type { TUser } from "@roster/core";
import { createMemo, createSignal, Show } from "solid-js";
import { BulkUserActions } from "../../../components/users/bulk-user-actions";
import { ExportStartedToast } from "../../../components/users/export-started-toast";
import { ExportUsersDialog } from "../../../components/users/export-users-dialog";
import { UserFolders } from "../../../components/users/user-folders";
import { UserFormDialog, type UserFormMode } from "../../../components/users/user-form-dialog";
import { UserSearch } from "../../../components/users/user-search";
import { KeyDialog, type NewKey } from "../../../components/tokens/key-dialog";
import { ServiceAccountDialog, serviceAccountKey } from "../../../components/tokens/service-account-dialog";
import { defaultUserSort, UsersTable } from "../../../components/users/users-table";
import { useApiQuery, usePagedList } from "../../../lib/api-query";
import { shownOf } from "../../../lib/format-count";
import { pageInfo } from "../../../lib/navigation";
import { fromOrdering, toOrdering } from "../../../lib/table-sort";
import { trpc } from "../../../lib/trpc";
import { useCan } from "../../../lib/use-can";
import { isUserOrdering, readUserListFilters, userListInput, userListSearch, type UserListFilters } from "../../../lib/user-list-filters";
import { Button } from "../../../ui/button";
import { PageHeader } from "../../../ui/page-header";
import "../../../styles/directory.css";
import "../../../components/users/users.css";

export default function UsersPage() {
  const [params, setParams] = useSearchParams();
  const filters = createMemo(() => readUserListFilters(params), undefined, { equals: sameFilters });
  const list = usePagedList(filters, (current, cursor) => trpc.users.list.query(userListInput(current, cursor)));
  const count = () => list.firstPage()?.count ?? null;
  const paths = useApiQuery(() => true, () => trpc.users.paths.query());
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const [form, setForm] = createSignal<UserFormMode | null>(null);
  const [exporting, setExporting] = createSignal(false);
  const [creatingServiceAccount, setCreatingServiceAccount] = createSignal(false);
  const [newKey, setNewKey] = createSignal<NewKey | null>(null);
  const [startedExport, setStartedExport] = createSignal<string | null>(null);
  const selectedUsers = () => list.rows().filter((user) => selected().has(user.id));
  const can = useCan();
  const selectable = () => can("change_user") || can("delete_user");

  const change = (next: Partial<UserListFilters>) => {
    setSelected(new Set<string>());
    setParams(userListSearch(next));
  };
  /** A user was saved or changed: reload the list, and the folders if it moved to a new one. */
  const onChanged = (user?: TUser) => {
    void list.refresh();
    if (user && !paths.data()?.paths.includes(user.path)) void paths.refetch();
  };

  return (
    <>
      <PageHeader {...pageInfo("/directory/users")} />
      <div class="users-layout">
        <UserFolders paths={paths} selected={filters().path} onSelect={(path) => change({ path })} />
        <div class="users-main">
          <UserSearch
            value={filters().query}
            onSubmit={(query) => (query === filters().query ? void list.refresh() : change({ query }))}
            queryError={list.error()?.queryError ?? null}
            error={list.error()?.queryError ? (list.error()?.message ?? null) : null}
          />
          <div class="users-toolbar">
            <Show when={can("add_user")}>
              <Button variant="primary" onClick={() => setForm({ kind: "create", folder: filters().path })}>
                Create
              </Button>
            </Show>
            <Show when={can("add_user")}>
              <Button onClick={() => setCreatingServiceAccount(true)}>Create service account</Button>
            </Show>
            <Button onClick={() => setExporting(true)}>Export</Button>
            <span class="spacer" />
            <BulkUserActions selected={selectedUsers()} onDone={() => (setSelected(new Set<string>()), void list.refresh())} />
          </div>
          <UsersTable
            rows={list.rows()}
            loading={list.loading()}
            sort={fromOrdering(filters().ordering, defaultUserSort)}
            onSortChange={(sort) => {
              const ordering = toOrdering(sort) ?? "";
              change({ ordering: isUserOrdering(ordering) ? ordering : null });
            }}
            {...(selectable() ? { selected: selected(), onSelectionChange: setSelected } : {})}
            {...(can("change_user") ? { onEdit: (user: TUser) => setForm({ kind: "edit", user }) } : {})}
            onChanged={onChanged}
            error={list.error() && !list.error()?.queryError ? (list.error()?.message ?? null) : null}
            invalidQuery={Boolean(list.error()?.queryError)}
            countLabel={count() ? shownOf(list.rows().length, count()) : ""}
            hasMore={list.hasMore()}
            loadingMore={list.loadingMore()}
            onLoadMore={() => void list.loadMore()}
            filtered={filters().query.trim() !== "" || filters().path !== null}
          />
          <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
        </div>
      </div>
      <UserFormDialog mode={form()} onClose={() => setForm(null)} onSaved={onChanged} />
      <ServiceAccountDialog
        open={creatingServiceAccount()}
        onClose={() => setCreatingServiceAccount(false)}
        onCreated={(created) => {
          setNewKey(serviceAccountKey(created));
          onChanged();
          void paths.refetch();
        }}
      />
      <KeyDialog shown={newKey()} onClose={() => setNewKey(null)} />
      <ExportUsersDialog open={exporting()} filters={filters()} onClose={() => setExporting(false)} onStarted={setStartedExport} />
      <ExportStartedToast exportId={startedExport()} onDismiss={() => setStartedExport(null)} />
    </>
  );
}

function sameFilters(a: UserListFilters, b: UserListFilters): boolean {
  return a.query === b.query && a.path === b.path && a.ordering === b.ordering;
}
