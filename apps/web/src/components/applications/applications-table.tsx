/** The Applications list: name (link) over its slug, group, provider, launch URL, who may access it, Edit. */
import { A } from "@solidjs/router";
import type { TApplication } from "@roster/core";
import { Show } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { plural } from "../../lib/user-texts";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Table, type Column } from "../../ui/table";

const none = () => <span class="muted">—</span>;

export function ApplicationsTable(props: { list: PagedList<TApplication>; selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void; onEdit: (application: TApplication) => void; searching: boolean }) {
  const columns: Column<TApplication>[] = [
    {
      key: "name",
      header: "Name",
      cell: (application) => (
        <span class="application-name">
          <A href={`/applications/${application.id}`}>{application.name}</A>
          <code class="application-slug">{application.slug}</code>
        </span>
      ),
    },
    { key: "group", header: "Group", cell: (application) => application.group || none() },
    { key: "provider", header: "Provider", cell: (application) => (application.provider ? `${application.provider.name} (${application.provider.type})` : none()) },
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
    {
      key: "edit",
      header: "",
      width: "72px",
      cell: (application) => (
        <Button variant="ghost" size="small" aria-label={`Edit ${application.name}`} onClick={() => props.onEdit(application)}>
          Edit
        </Button>
      ),
    },
  ];
  return (
    <Table
      label="Applications"
      columns={columns}
      rows={props.list.rows()}
      rowKey={(application) => application.id}
      rowLabel={(application) => `Select ${application.name}`}
      loading={props.list.loading()}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      hasMore={props.list.hasMore()}
      loadingMore={props.list.loadingMore()}
      onLoadMore={() => void props.list.loadMore()}
      countLabel={props.list.rows().length > 0 ? `${props.list.rows().length.toLocaleString("en")} shown` : ""}
      empty={<EmptyState title={props.searching ? "No applications match" : "No applications yet"} description={props.searching ? "Try another name, slug or group." : "Create the first application with Create."} />}
    />
  );
}
