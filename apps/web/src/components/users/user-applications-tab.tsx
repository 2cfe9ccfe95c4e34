/** Applications tab: what the user may access (SPEC §10), with group, provider and a launch link. */
import { A } from "@solidjs/router";
import type { TUser, TUserApplication } from "@roster/core";
import { Show } from "solid-js";
import { usePagedList } from "../../lib/api-query";
import { providerLabel } from "../../lib/application-texts";
import { trpc } from "../../lib/trpc";
import { EmptyState } from "../../ui/empty-state";
import { PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";
import { ApplicationIcon } from "../applications/application-icon";
import "../applications/applications.css";
import { MissingValue } from "../missing-value";
import "./users.css";
import type { UserTabSource } from "../../lib/user-detail-tabs";

const columns: Column<TUserApplication>[] = [
  {
    key: "name",
    header: "Name",
    cell: (application) => (
      <span class="application-name user-application-name">
        <ApplicationIcon name={application.name} url={application.icon?.url} size="small" />
        <A href={`/applications/${application.id}`}>{application.name}</A>
      </span>
    ),
  },
  { key: "group", header: "Group", cell: (application) => application.group || <MissingValue /> },
  { key: "provider", header: "Provider", cell: (application) => providerLabel(application.provider) ?? <MissingValue /> },
  {
    key: "launch",
    header: "Launch",
    cell: (application) => (
      <Show when={application.launchUrl} fallback={<MissingValue />}>
        {(url) => (
          <a class="application-url" href={url()} target="_blank" rel="noopener noreferrer" title={url()}>
            {url()}
          </a>
        )}
      </Show>
    ),
  },
];

export function UserApplicationsTab(props: { user: TUser; source: UserTabSource }) {
  const list = usePagedList(() => props.source, (source, cursor) => trpc.users.applications.query({ userId: source.userId, ...(cursor ? { cursor } : {}) }));
  return (
    <div>
      <p class="muted tab-intro">Applications {props.user.username} may access: those whose bindings let them in, and those without bindings.</p>
      <PagedTable
        label={`Applications of ${props.user.username}`}
        columns={columns}
        list={list}
        rowKey={(application) => application.id}
        empty={<EmptyState title="No applications" description={`${props.user.username} may not access any application.`} />}
      />
      <Show when={list.moreError()}>{(message) => <p class="field-error">{message()}</p>}</Show>
    </div>
  );
}
