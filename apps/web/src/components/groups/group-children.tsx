/**
 * The group page's child groups: the groups that name this one as a parent, a page at a time
 * (`groups.list` by `parentId`), each linking to its own page.
 */
import { A } from "@solidjs/router";
import type { TGroup } from "@roster/core";
import { Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { trpc } from "../../lib/trpc";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";

const columns: Column<TGroup>[] = [
  { key: "name", header: "Name", cell: (group) => <A href={`/directory/groups/${group.id}`}>{group.name}</A> },
  { key: "superuser", header: "Super-user", width: "120px", cell: (group) => (group.isSuperuser ? <Badge tone="warning">Super-user</Badge> : <span class="muted">—</span>) },
  { key: "members", header: "Direct members", width: "140px", cell: (group) => group.memberCount.toLocaleString("en") },
  { key: "children", header: "Child groups", width: "130px", cell: (group) => group.childCount.toLocaleString("en") },
];

export function GroupChildren(props: { group: TGroup }) {
  const list = usePagedList(() => props.group.id, (parentId, cursor) => trpc.groups.list.query({ parentId, ...(cursor ? { cursor } : {}) }));
  return (
    <section class="directory-section" aria-labelledby="group-children-title">
      <h2 id="group-children-title">Child groups ({props.group.childCount.toLocaleString("en")})</h2>
      <Table
        label={`Child groups of ${props.group.name}`}
        columns={columns}
        rows={list.rows()}
        rowKey={(group) => group.id}
        loading={list.loading()}
        error={list.error()?.message ?? null}
        countLabel={list.hasMore() ? `${list.rows().length.toLocaleString("en")} of ${plural(props.group.childCount, "child group")}` : undefined}
        hasMore={list.hasMore()}
        loadingMore={list.loadingMore()}
        onLoadMore={() => void list.loadMore()}
        empty={<EmptyState title="No child groups" description={`Groups that have ${props.group.name} as a parent appear here; choose the parent when you create or edit a group.`} />}
      />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
    </section>
  );
}
