/**
 * The Invitations list: name, status, flow, fixed data, expiry, creator and who used it, and the
 * row's compact actions (as authentik's lists have them), sized to fit a 1024 px window.
 */
import { A } from "@solidjs/router";
import type { TInvitation } from "@roster/core";
import type { JSX } from "solid-js";
import type { PagedList } from "../../lib/api-query";
import { fixedDataSummary, invitationStatusLabels, invitationStatusTones } from "../../lib/invitation-form";
import { Badge } from "../../ui/badge";
import { EmptyState } from "../../ui/empty-state";
import { PagedTable } from "../../ui/paged-table";
import { RelativeTime } from "../../ui/relative-time";
import type { Column } from "../../ui/table";
import { MissingValue } from "../missing-value";

function columns(actions: (invitation: TInvitation) => JSX.Element): Column<TInvitation>[] {
  return [
    { key: "name", header: "Name", cell: (invitation) => <code class="invitation-name">{invitation.name}</code> },
    { key: "status", header: "Status", width: "84px", cell: (invitation) => <Badge tone={invitationStatusTones[invitation.status]}>{invitationStatusLabels[invitation.status]}</Badge> },
    { key: "flow", header: "Flow", cell: (invitation) => invitation.flow.slug },
    { key: "fixedData", header: "Fixed data", cell: (invitation) => fixedDataSummary(invitation.fixedData) || <MissingValue /> },
    { key: "expires", header: "Expires", width: "96px", cell: (invitation) => (invitation.expires ? <RelativeTime value={invitation.expires} /> : <span class="muted">never</span>) },
    { key: "createdBy", header: "Created by", cell: (invitation) => (invitation.createdBy ? <A href={`/directory/users/${invitation.createdBy.id}`}>{invitation.createdBy.username}</A> : <MissingValue />) },
    { key: "usedBy", header: "Used by", cell: (invitation) => (invitation.usedBy ? <A href={`/directory/users/${invitation.usedBy.id}`}>{invitation.usedBy.username}</A> : <MissingValue />) },
    { key: "actions", header: "", width: "150px", cell: actions },
  ];
}

export function InvitationsTable(props: {
  list: PagedList<TInvitation>;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
  actions: (invitation: TInvitation) => JSX.Element;
}) {
  return (
    <PagedTable
      label="Invitations"
      columns={columns((invitation) => props.actions(invitation))}
      list={props.list}
      showCount
      rowKey={(invitation) => invitation.id}
      rowLabel={(invitation) => `Select ${invitation.name}`}
      selected={props.selected}
      onSelectionChange={props.onSelectionChange}
      empty={<EmptyState title="No invitations yet" description="Create an invitation and send its link to someone who should create their own account." />}
    />
  );
}
