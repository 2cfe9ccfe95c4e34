/** The Applications list: icon, name (link) over its slug, group, provider, launch URL, who may access it, Edit. */
import { A } from "@solidjs/router";
import type { TApplication } from "@roster/core";
import { Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { providerLabel } from "../../lib/application-texts";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { editColumn, PagedTable } from "../../ui/paged-table";
import type { Column } from "../../ui/table";
import { ApplicationIcon } from "./application-icon";

const none = () => <span class="muted">—</span>;

export function ApplicationsTable(props: { list: PagedList<TApplication>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (application: TApplication) => void; searching: boolean }) {
  const columns: Column<TApplication>[] = [
    {
      key: "name",
      header: "Name",
      cell: (application) => (
        <span class="application-name">
          <ApplicationIcon name={application.name} url={application.icon?.url} size="small" />
          <span class="application-name-text">
            <A href={`/applications/${application.id}`}>{application.name}</A>
            <code class="application-slug">{application.slug}</code>
          </span>
        </span>
      ),
    },
    { key: "group", header: "Group", cell: (application) => application.group || none() },
    { key: "provider", header: "Provider", cell: (application) => providerLabel(application.provider) ?? none() },
    {
      key: "launch",
      header: "Launch URL",
      cell: (application) => (
        <Show when={application.launchUrl} fallback={none()}>
          {(url) => (
            <a class="application-url" href={url()} target="_blank" rel="noopener noreferrer">
              {url()}
            </a>
          )}
        </Show>
      ),
    },
    {
      key: "access",
      header: "Access",
      width: "110px",
      cell: (application) => (application.bindingCount === 0 ? <Badge tone="info">Everyone</Badge> : plural(application.bindingCount, "binding")),
    },
    editColumn((application) => application.name, props.onEdit),
  ];
  return (
    <PagedTable
      label="Applications"
      columns={columns}
      list={props.list}
      showCount
      rowKey={(application) => application.id}
      rowLabel={(application) => `Select ${application.name}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title={props.searching ? "No applications match" : "No applications yet"} description={props.searching ? "Try another name, slug or group." : "Create the first application with Create."} />}
    />
  );
}
